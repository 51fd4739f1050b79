import { CallLog as GenericCallLog } from "../call-log.ts";
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

/** Web API calls by method. */
export class CallLog extends GenericCallLog<RecordedCall> {
  constructor(changes: Changes) {
    super(
      changes,
      (call) => call.method,
      (call) => (call.response.ok ? call.method : `${call.method}→${call.response.error}`),
    );
  }
}
