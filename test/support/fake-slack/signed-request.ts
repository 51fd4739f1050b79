import { createHmac } from "node:crypto";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed with the signing secret. */
function slackSignature(signingSecret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest("hex")}`;
}

export type SlackContentType = "application/json" | "application/x-www-form-urlencoded";

export interface SignedRequestOptions {
  /** Sign with the bot's secret for a genuine request, with another for a forged one. */
  signingSecret: string;
  /** Seconds since the epoch; older than 5 minutes and Bolt refuses the request. Default: now. */
  timestamp?: number;
  /** Sent as `x-slack-retry-num` (Slack's HTTP redelivery). */
  retryNum?: number;
  retryReason?: string;
  /** Default: JSON for an object body (events), form for a string body (commands, interactions). */
  contentType?: SlackContentType;
}

export interface SignedResponse {
  status: number;
  headers: Headers;
  text: string;
  /** How long the receiver took to answer: Slack gives up after 3 s. */
  latencyMs: number;
}

/**
 * POSTs to a bot's HTTP receiver as Slack would, signed. Only loopback URLs are allowed: tests never
 * talk to another host.
 */
export async function signedRequest(
  url: string,
  body: string | object,
  options: SignedRequestOptions,
): Promise<SignedResponse> {
  const { hostname } = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname))
    throw new Error(`signedRequest: ${url} is not on the loopback interface`);
  const contentType =
    options.contentType ?? (typeof body === "string" ? "application/x-www-form-urlencoded" : "application/json");
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": slackSignature(options.signingSecret, timestamp, raw),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  if (options.retryNum !== undefined) headers["x-slack-retry-num"] = String(options.retryNum);
  if (options.retryReason !== undefined) headers["x-slack-retry-reason"] = options.retryReason;
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body: raw });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, latencyMs: performance.now() - started };
}

/** The form body Slack POSTs for a slash command (every field a string). */
export function slashCommandBody(payload: Record<string, string>): string {
  return new URLSearchParams(payload).toString();
}

/** The form body Slack POSTs for an interaction: `payload=<json>`. */
export function interactionBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
