import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Changes } from "../changes.ts";
import type { CallPredicate, RecordedCall } from "./call-log.ts";
import { CallLog } from "./call-log.ts";
import { FileUploads, type SharedFile } from "./file-uploads.ts";
import type { FakeSlackConfig, FakeSlackOptions } from "./options.ts";
import { resolveOptions } from "./options.ts";
import type { RecordedResponse } from "./response-urls.ts";
import { ResponseUrls } from "./response-urls.ts";
import type { EnvelopeAck, EnvelopeOptions, EnvelopeType, LateAckError } from "./socket-mode/envelopes.ts";
import { Envelopes } from "./socket-mode/envelopes.ts";
import type { DisconnectReason } from "./socket-mode/socket-server.ts";
import { SOCKET_PATH, SocketServer } from "./socket-mode/socket-server.ts";
import { chatMethods } from "./web-api/chat-methods.ts";
import type { RateLimitRule } from "./web-api/faults.ts";
import { Faults } from "./web-api/faults.ts";
import { fileMethods } from "./web-api/file-methods.ts";
import type { MethodHandler } from "./web-api/method-context.ts";
import { sendJson } from "./web-api/send-json.ts";
import { viewMethods } from "./web-api/view-methods.ts";
import { serveWebApi } from "./web-api/web-api-router.ts";
import type { PostedMessage } from "./web-api/workspace.ts";
import { Workspace } from "./web-api/workspace.ts";
import { workspaceMethods } from "./web-api/workspace-methods.ts";

const DEFAULT_WAIT_MS = 2000;

/**
 * A Slack workspace on 127.0.0.1 for tests that drive the real Slack libraries: the Web API at
 * {@link apiUrl}, Socket Mode on the URL `apps.connections.open` returns, and `response_url`s.
 * Start it before building a Bolt `App` (its constructor calls `auth.test`); stop the client before
 * the fake, or the client will try to reconnect to a closed port.
 */
export class FakeSlack {
  /** Give this to `clientOptions.slackApiUrl`. Ends with `/api/`. */
  readonly apiUrl: string;
  private readonly changes = new Changes();
  private readonly log = new CallLog(this.changes);
  private readonly faults = new Faults();
  private readonly workspace: Workspace;
  private readonly handlers = new Map<string, MethodHandler>(
    Object.entries({ ...workspaceMethods, ...chatMethods, ...viewMethods, ...fileMethods }),
  );
  private readonly sockets: SocketServer;
  private readonly envelopes: Envelopes;
  private readonly responseUrls: ResponseUrls;
  private readonly uploads: FileUploads;

  private constructor(
    readonly config: FakeSlackConfig,
    private readonly server: Server,
    private readonly origin: string,
  ) {
    this.apiUrl = `${origin}/api/`;
    this.workspace = new Workspace(config);
    this.sockets = new SocketServer(config, this.workspace.ids, this.changes, (message) =>
      this.envelopes.receive(message),
    );
    this.envelopes = new Envelopes(config, this.workspace.ids, this.sockets);
    this.responseUrls = new ResponseUrls(this.changes, config.now);
    this.uploads = new FileUploads(this.workspace.ids, this.changes);
    server.on("request", (req, res) => this.route(req, res));
    server.on("upgrade", (req, socket, head) => {
      if (new URL(req.url ?? "/", origin).pathname === SOCKET_PATH) this.sockets.upgrade(req, socket, head);
      else socket.destroy();
    });
  }

  /** Listens on 127.0.0.1, on a port the system picks. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new FakeSlack(resolveOptions(options), server, `http://127.0.0.1:${port}`);
  }

  get botToken(): string {
    return this.config.botToken;
  }

  get appToken(): string {
    return this.config.appToken;
  }

  // --- Web API -------------------------------------------------------------------------------------

  /** Calls the fake answered, in order (429s are not calls: see {@link rateLimited}). */
  calls(method?: string): RecordedCall[] {
    return this.log.calls(method);
  }

  /** The first call to `method` matching `predicate`, made already or still to come. */
  waitFor(method: string, predicate?: CallPredicate, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    return this.log.waitFor(method, predicate, timeoutMs);
  }

  /** The first `count` calls to `method` matching `predicate`, once made. */
  waitForCalls(
    method: string,
    count: number,
    predicate?: CallPredicate,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedCall[]> {
    return this.log.waitForCalls(method, count, predicate, timeoutMs);
  }

  /** Messages the bot posted and that stand, updates applied, oldest first. */
  messages(channel?: string): PostedMessage[] {
    return this.workspace.messages(channel);
  }

  /** Answers some calls to `method` with HTTP 429 and `Retry-After` (see {@link RateLimitRule}). */
  rateLimit(method: string, rule: RateLimitRule): void {
    this.faults.rateLimit(method, rule);
  }

  clearRateLimit(method: string): void {
    this.faults.clearRateLimit(method);
  }

  /** How many 429s the fake served, for one method or all. */
  rateLimited(method?: string): number {
    return this.faults.rateLimited(method);
  }

  /** Answers the next `times` calls to `method` with `{ ok: false, error }` (e.g. "channel_not_found"). */
  failNext(method: string, error: string, times = 1): void {
    this.faults.failNext(method, error, times);
  }

  /** Adds a Web API method or replaces one of the fake's (token checks, faults and recording still apply). */
  setHandler(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  // --- files ---------------------------------------------------------------------------------------

  /** Files the bot uploaded and shared (`files.uploadV2`), oldest first, with their content. */
  files(channel?: string): SharedFile[] {
    return this.uploads.files(channel);
  }

  // --- response_url --------------------------------------------------------------------------------

  /** A `response_url` on the fake; POSTs to it are recorded under `id`. */
  responseUrl(id: string): string {
    return `${this.origin}${ResponseUrls.path(id)}`;
  }

  responses(id?: string): RecordedResponse[] {
    return this.responseUrls.responses(id);
  }

  waitForResponse(
    id: string,
    predicate: (response: RecordedResponse) => boolean = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedResponse> {
    return this.responseUrls.waitFor(id, predicate, timeoutMs);
  }

  // --- Socket Mode ---------------------------------------------------------------------------------

  /**
   * Delivers an envelope over the newest open connection (waiting for one) and resolves with its ack.
   * An ack later than `ackDeadlineMs` still resolves (with `late: true`) and is added to {@link lateAcks}.
   */
  sendEnvelope(type: EnvelopeType, payload: object, options?: EnvelopeOptions): Promise<EnvelopeAck> {
    return this.envelopes.send(type, payload as Record<string, unknown>, options);
  }

  /** Acks that came after Slack's deadline: Bolt does not enforce it in Socket Mode, the fake does. */
  get lateAcks(): readonly LateAckError[] {
    return this.envelopes.lateAcks;
  }

  /** Client messages that were not the ack of a pending envelope (a second ack, an unknown envelope id). */
  get unexpectedMessages(): readonly unknown[] {
    return this.envelopes.unexpectedMessages;
  }

  /** Socket Mode connections made since start (each got its `hello`). */
  get connections(): number {
    return this.sockets.connections;
  }

  /** Resolves once the `count`-th connection since start has been made and a connection is open. */
  waitForConnection(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.sockets.waitForConnection(count, timeoutMs);
  }

  /**
   * Sends the open client a `disconnect` message (default "refresh_requested", as Slack does before
   * recycling a server), or with "close" drops the socket; resolves when the socket has closed.
   */
  disconnect(reason: DisconnectReason = "refresh_requested", timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.sockets.disconnect(reason, timeoutMs);
  }

  // --- lifecycle -----------------------------------------------------------------------------------

  /** Closes sockets and the server, and fails whatever still waits on the fake. */
  async stop(): Promise<void> {
    this.envelopes.abandon();
    this.changes.failAll("stopped");
    await this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const { pathname } = new URL(req.url ?? "/", this.origin);
    const serving = pathname.startsWith("/api/")
      ? serveWebApi(req, res, decodeURIComponent(pathname.slice("/api/".length)), {
          config: this.config,
          workspace: this.workspace,
          faults: this.faults,
          log: this.log,
          handlers: this.handlers,
          issueSocketUrl: () => this.sockets.issueUrl(this.origin),
          files: this.uploads,
          uploadUrl: (id) => `${this.origin}${FileUploads.path(id)}`,
        })
      : pathname.startsWith("/response/") && req.method === "POST"
        ? this.responseUrls.serve(req, res, decodeURIComponent(pathname.slice("/response/".length)))
        : pathname.startsWith("/upload/") && req.method === "POST"
          ? this.uploads.serve(req, res, decodeURIComponent(pathname.slice("/upload/".length)))
          : Promise.resolve(sendJson(res, 404, { ok: false, error: "not_found" }));
    serving.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: "fake_slack_error", detail: String(error) });
    });
  }
}
