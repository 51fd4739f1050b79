/** Discord's epoch (2015-01-01), from which snowflakes count milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/** Ids shaped like Discord's (time in the high bits, a counter in the low ones), so discord.js reads dates from them. */
export class Snowflakes {
  private counter = 0n;

  next(): string {
    this.counter = (this.counter + 1n) % 4096n;
    return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 12n) | this.counter);
  }
}
