import type { Changes } from "./changes.ts";

const DEFAULT_WAIT_MS = 2000;

/**
 * The calls a fake platform answered, in order, for assertions, and waits for calls still to come.
 * `keyOf` names a call's method or route; `describe` sums one up when a wait times out.
 */
export class CallLog<Call> {
  private readonly recorded: Call[] = [];

  constructor(
    private readonly changes: Changes,
    private readonly keyOf: (call: Call) => string,
    private readonly describe: (call: Call) => string,
  ) {}

  record(call: Call): void {
    this.recorded.push(call);
    this.changes.notify();
  }

  calls(key?: string): Call[] {
    return this.recorded.filter((call) => key === undefined || this.keyOf(call) === key);
  }

  /** The first call to `key` matching `predicate`, already made or still to come. */
  waitFor(key: string, predicate: (call: Call) => boolean = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<Call> {
    return this.changes.until(
      () => this.calls(key).find(predicate),
      timeoutMs,
      () => `a call to ${key} (calls so far: ${this.summary()})`,
    );
  }

  /** The first `count` calls to `key` matching `predicate`, once they have all been made. */
  waitForCalls(
    key: string,
    count: number,
    predicate: (call: Call) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<Call[]> {
    return this.changes.until(
      () => {
        const matching = this.calls(key).filter(predicate);
        return matching.length >= count ? matching.slice(0, count) : undefined;
      },
      timeoutMs,
      () => `${count} calls to ${key} (calls so far: ${this.summary()})`,
    );
  }

  private summary(): string {
    return this.recorded.map(this.describe).join(", ") || "none";
  }
}
