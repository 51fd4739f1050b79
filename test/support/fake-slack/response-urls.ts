import type { IncomingMessage, ServerResponse } from "node:http";
import type { Changes } from "../changes.ts";
import { readRawBody } from "./web-api/http-body.ts";
import { sendJson } from "./web-api/send-json.ts";

/** A POST the bot made to a `response_url` (Bolt's `respond()`). */
export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
  /** False when the fake refused it: the URL was used up (Slack allows 5 uses). */
  accepted: boolean;
}

/** Slack lets an app use a `response_url` five times (within 30 minutes: the fake does not expire them). */
const MAX_USES = 5;

export class ResponseUrls {
  private readonly recorded: RecordedResponse[] = [];

  constructor(
    private readonly changes: Changes,
    private readonly now: () => number,
  ) {}

  static path(id: string): string {
    return `/response/${encodeURIComponent(id)}`;
  }

  async serve(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const raw = await readRawBody(req);
    const body = parseBody(raw, req.headers["content-type"]);
    if (body === undefined) return sendJson(res, 400, { ok: false, error: "invalid_payload" });
    const accepted = this.responses(id).length < MAX_USES;
    this.recorded.push({ id, body, at: this.now(), accepted });
    this.changes.notify();
    // The error name of a used-up URL is not documented; "used_url" is the fake's choice.
    return accepted ? sendJson(res, 200, { ok: true }) : sendJson(res, 404, { ok: false, error: "used_url" });
  }

  responses(id?: string): RecordedResponse[] {
    return this.recorded.filter((response) => id === undefined || response.id === id);
  }

  waitFor(
    id: string,
    predicate: (response: RecordedResponse) => boolean,
    timeoutMs: number,
  ): Promise<RecordedResponse> {
    return this.changes.until(
      () => this.responses(id).find(predicate),
      timeoutMs,
      () => `a POST to response_url ${id} (${this.responses(id).length} so far)`,
    );
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> | undefined {
  try {
    if (contentType?.startsWith("application/x-www-form-urlencoded")) {
      const form = new URLSearchParams(raw);
      const payload = form.get("payload");
      return payload === null ? Object.fromEntries(form) : (JSON.parse(payload) as Record<string, unknown>);
    }
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
