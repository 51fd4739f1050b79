import { CallLog as GenericCallLog } from "../call-log.ts";
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

/** REST calls by route. */
export class CallLog extends GenericCallLog<RecordedCall> {
  constructor(changes: Changes) {
    super(
      changes,
      (call) => call.route,
      (call) => `${call.route}→${call.status}`,
    );
  }
}
