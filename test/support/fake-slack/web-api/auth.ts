import type { IncomingMessage } from "node:http";
import type { FakeSlackConfig } from "../options.ts";
import type { ApiArgs } from "./http-body.ts";
import type { ApiResult } from "./workspace.ts";

/** Methods only an app-level token (`xapp-…`) may call. */
const APP_TOKEN_METHODS = new Set(["apps.connections.open"]);

/** The scope Slack requires of a bot token for each method it checks (views.* and auth.test need none). */
const REQUIRED_SCOPES: Record<string, string> = {
  "chat.postMessage": "chat:write",
  "chat.postEphemeral": "chat:write",
  "chat.update": "chat:write",
  "users.info": "users:read",
  "conversations.open": "im:write",
  "files.getUploadURLExternal": "files:write",
  "files.completeUploadExternal": "files:write",
};

/** The bearer token of a call: the `Authorization` header, or a `token` argument as Slack also accepts. */
export function tokenOf(req: IncomingMessage, args: ApiArgs): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  return typeof args.token === "string" ? args.token : undefined;
}

/** Slack's refusal of a call for its token or scopes, or undefined when the call may go on. */
export function refuseToken(method: string, token: string | undefined, config: FakeSlackConfig): ApiResult | undefined {
  if (!token) return { ok: false, error: "not_authed" };
  const expected = APP_TOKEN_METHODS.has(method) ? config.appToken : config.botToken;
  if (token === expected) return missingScope(method, config);
  if (token === config.appToken || token === config.botToken) return { ok: false, error: "not_allowed_token_type" };
  return { ok: false, error: "invalid_auth" };
}

function missingScope(method: string, config: FakeSlackConfig): ApiResult | undefined {
  const needed = REQUIRED_SCOPES[method];
  if (!needed || config.scopes.has(needed)) return undefined;
  return { ok: false, error: "missing_scope", needed, provided: [...config.scopes].join(",") };
}
