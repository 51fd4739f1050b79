import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallLog } from "../call-log.ts";
import type { FileUploads } from "../file-uploads.ts";
import type { FakeSlackConfig } from "../options.ts";
import { refuseToken, tokenOf } from "./auth.ts";
import type { Faults } from "./faults.ts";
import { parseArgs, readRawBody } from "./http-body.ts";
import type { MethodHandler } from "./method-context.ts";
import { sendJson } from "./send-json.ts";
import type { ApiResult, Workspace } from "./workspace.ts";

export interface WebApiDeps {
  config: FakeSlackConfig;
  workspace: Workspace;
  faults: Faults;
  log: CallLog;
  handlers: ReadonlyMap<string, MethodHandler>;
  issueSocketUrl: () => string;
  files: FileUploads;
  uploadUrl: (id: string) => string;
}

/**
 * Serves one Web API call as Slack does: HTTP 200 with `{ ok, … }` for everything but a rate limit
 * (HTTP 429 with `Retry-After`). Order: token and scope, then rate limit, then queued error, then the method.
 */
export async function serveWebApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  deps: WebApiDeps,
): Promise<void> {
  const at = deps.config.now();
  const query = new URL(req.url ?? "/", "http://127.0.0.1").searchParams;
  const parsed = parseArgs(await readRawBody(req), req.headers["content-type"], query);
  const args = parsed === "invalid_json" ? {} : parsed;
  const token = tokenOf(req, args);
  const body = { ...args };
  delete body.token;
  const answer = (response: ApiResult): void => {
    deps.log.record({ method, body, at, response });
    sendJson(res, 200, response, { "x-oauth-scopes": [...deps.config.scopes].join(",") });
  };
  if (parsed === "invalid_json") return answer({ ok: false, error: "invalid_json" });
  const refused = refuseToken(method, token, deps.config);
  if (refused) return answer(refused);
  const fault = deps.faults.take(method, body);
  if (fault?.kind === "ratelimited") {
    return sendJson(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(fault.retryAfterSeconds) });
  }
  if (fault?.kind === "error") return answer({ ok: false, error: fault.error });
  const handler = deps.handlers.get(method);
  if (!handler) return answer({ ok: false, error: "unknown_method" });
  answer(
    handler({
      method,
      args: body,
      config: deps.config,
      workspace: deps.workspace,
      issueSocketUrl: deps.issueSocketUrl,
      files: deps.files,
      uploadUrl: deps.uploadUrl,
    }),
  );
}
