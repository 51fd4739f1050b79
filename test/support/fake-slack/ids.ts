/** Slack message timestamps ("1767326125.870439"), strictly increasing even when the clock stands still. */
export class SlackTsClock {
  private lastMicros = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    const micros = Math.max(Math.floor(this.now() * 1000), this.lastMicros + 1);
    this.lastMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
  }
}

/** Short unique ids with a prefix ("V0001", "Ev0002"): readable in test failures. */
export class IdSequence {
  private count = 0;

  next(prefix: string): string {
    this.count += 1;
    return `${prefix}${String(this.count).padStart(4, "0")}`;
  }
}
