import type { IncomingMessage } from "node:http";

/** Arguments of a Web API call, whatever encoding they arrived in. */
export type ApiArgs = Record<string, unknown>;

/** Fields the Web API takes as JSON even inside a form-encoded body (the WebClient JSON-encodes them). */
const JSON_FIELDS = ["blocks", "attachments", "view", "metadata", "options", "option_groups", "files"];

const MAX_BODY_BYTES = 1_000_000;

export async function readRawBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error(`FakeSlack: request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Parses a JSON or form-encoded body (or a GET query) into arguments, decoding the JSON fields of a
 * form. A field that is not valid JSON stays a string, so the method can refuse it as Slack does.
 */
export function parseArgs(
  raw: string,
  contentType: string | undefined,
  query: URLSearchParams,
): ApiArgs | "invalid_json" {
  const args: ApiArgs = Object.fromEntries(query);
  if (raw.length === 0) return args;
  if (contentType?.startsWith("application/json")) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
        ? { ...args, ...(parsed as ApiArgs) }
        : "invalid_json";
    } catch {
      return "invalid_json";
    }
  }
  for (const [key, value] of new URLSearchParams(raw))
    args[key] = JSON_FIELDS.includes(key) ? decodeJson(value) : value;
  return args;
}

function decodeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
