import type { z } from "zod";
import type { JobKind } from "../core/job-kind.ts";

export type PayloadResult<P> = { ok: true; value: P } | { ok: false; error: string };

/** JSON text of a payload as it will be stored; throws a TypeError for what JSON cannot hold. */
export function encodePayload(payload: unknown): string {
  const text = JSON.stringify(payload ?? {});
  if (text === undefined) throw new TypeError(`A job payload must be JSON data, got ${typeof payload}`);
  return text;
}

/**
 * Reads a stored payload with the kind's schema. The error names the offending fields, never their
 * values (it ends up in `lastError` and in logs).
 */
export function decodePayload<P>(kind: JobKind<P>, text: string): PayloadResult<P> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "payload is not valid JSON" };
  }
  const parsed = kind.payload.safeParse(json);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: `invalid payload: ${describeIssues(parsed.error)}` };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.map(String).join(".") : "(payload)"}: ${issue.message}`)
    .join("; ");
}
