import { PassThrough } from "node:stream";

/** Drives the console channel through its streams, as a person at the terminal would. */
export class Terminal {
  readonly input = new PassThrough();
  readonly output = new PassThrough();
  private text = "";
  constructor() {
    this.output.on("data", (chunk: Buffer) => (this.text += chunk.toString()));
  }
  /** Types a line and returns what the console printed in answer. */
  async type(line: string): Promise<string> {
    const before = this.text.length;
    this.input.write(`${line}\n`);
    await until(() => /\n\S+> $/.test(this.text.slice(before)));
    return this.text
      .slice(before)
      .replace(/\S+> $/, "")
      .trim();
  }
  get all() {
    return this.text;
  }
}

export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error("the console did not answer");
}
