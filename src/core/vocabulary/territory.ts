/** A commune of the territory the network serves. */
export interface Commune {
  /** INSEE code, the commune's stable identifier everywhere in the bot. */
  code: string;
  name: string;
  postalCodes: string[];
  /** Other ways professionals write the name ("Vitry", "KB"). */
  variants: string[];
  /** Codes of adjacent communes inside the territory. */
  neighbours: string[];
}

/** The communes the network covers, loaded from intents/entities/communes.yaml. */
export class Territory {
  private readonly byCode: Map<string, Commune>;

  constructor(readonly communes: readonly Commune[]) {
    this.byCode = new Map(communes.map((c) => [c.code, c]));
  }

  commune(code: string): Commune | undefined {
    return this.byCode.get(code);
  }

  nameOf(code: string): string {
    return this.byCode.get(code)?.name ?? code;
  }

  areNeighbours(a: string, b: string): boolean {
    return this.byCode.get(a)?.neighbours.includes(b) ?? false;
  }
}
