import type { Changes } from "../changes.ts";
import type { ApiArgs } from "./web-api/http-body.ts";
import type { ApiResult } from "./web-api/workspace.ts";

/** A Web API call the fake answered (not one it refused with a 429: see `fake.rateLimited()`). */
export interface RecordedCall {
  method: string;
  /** The arguments, JSON fields of a form body decoded, `token` left out. */
  body: ApiArgs;
  /** When it arrived, by the fake's clock (ms). */
  at: number;
  /** What the fake answered. */
  response: ApiResult;
}

export type CallPredicate = (call: RecordedCall) => boolean;

const DEFAULT_WAIT_MS = 2000;

export class CallLog {
  private readonly recorded: RecordedCall[] = [];

  constructor(private readonly changes: Changes) {}

  record(call: RecordedCall): void {
    this.recorded.push(call);
    this.changes.notify();
  }

  calls(method?: string): RecordedCall[] {
    return this.recorded.filter((call) => method === undefined || call.method === method);
  }

  /** The first call to `method` matching `predicate`, already made or still to come. */
  waitFor(method: string, predicate: CallPredicate = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    return this.changes.until(
      () => this.calls(method).find(predicate),
      timeoutMs,
      () => `a ${method} call (calls so far: ${this.summary()})`,
    );
  }

  /** The first `count` calls to `method` matching `predicate`, once they have all been made. */
  waitForCalls(
    method: string,
    count: number,
    predicate: CallPredicate = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedCall[]> {
    return this.changes.until(
      () => {
        const matching = this.calls(method).filter(predicate);
        return matching.length >= count ? matching.slice(0, count) : undefined;
      },
      timeoutMs,
      () => `${count} ${method} calls (calls so far: ${this.summary()})`,
    );
  }

  private summary(): string {
    return (
      this.recorded
        .map((call) => (call.response.ok ? call.method : `${call.method}→${call.response.error}`))
        .join(", ") || "none"
    );
  }
}
