import type { Changes } from "../changes.ts";

/** A REST call the fake answered (not one it refused with a 429: see `fake.rateLimited()`). */
export interface RecordedCall {
  /** "POST /channels/:id/messages", as routes are named. */
  route: string;
  /** The path under /api/v10, decoded. */
  path: string;
  /** The JSON body (`payload_json` of a multipart one). */
  body: Record<string, unknown>;
  /** Files of a multipart body, with their text. */
  files: { name: string; content: string }[];
  status: number;
  response: unknown;
}

export type CallPredicate = (call: RecordedCall) => boolean;

export class CallLog {
  private readonly recorded: RecordedCall[] = [];

  constructor(private readonly changes: Changes) {}

  record(call: RecordedCall): void {
    this.recorded.push(call);
    this.changes.notify();
  }

  calls(route?: string): RecordedCall[] {
    return this.recorded.filter((call) => route === undefined || call.route === route);
  }

  waitFor(route: string, predicate: CallPredicate, timeoutMs: number): Promise<RecordedCall> {
    return this.changes.until(
      () => this.calls(route).find(predicate),
      timeoutMs,
      () => `a call to ${route} (calls so far: ${this.summary()})`,
    );
  }

  private summary(): string {
    return this.recorded.map((c) => `${c.route}→${c.status}`).join(", ") || "none";
  }
}
