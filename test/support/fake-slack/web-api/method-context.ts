import type { FileUploads } from "../file-uploads.ts";
import type { FakeSlackConfig } from "../options.ts";
import type { ApiArgs } from "./http-body.ts";
import type { ApiResult, Workspace } from "./workspace.ts";

/** What a Web API method handler sees. */
export interface MethodContext {
  method: string;
  args: ApiArgs;
  config: FakeSlackConfig;
  workspace: Workspace;
  /** Issues a one-use Socket Mode URL (for `apps.connections.open`). */
  issueSocketUrl: () => string;
  /** Files being uploaded and shared. */
  files: FileUploads;
  /** The URL on the fake the bytes of upload `id` are POSTed to. */
  uploadUrl: (id: string) => string;
}

/** One Web API method of the fake; tests can add or replace some with `fake.setHandler`. */
export type MethodHandler = (context: MethodContext) => ApiResult;
