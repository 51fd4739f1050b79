import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Changes } from "../changes.ts";
import { CallLog, type CallPredicate, type RecordedCall } from "./call-log.ts";
import { GATEWAY_PATH, Gateway } from "./gateway.ts";
import { buttonClick, messageCreate, modalSubmit, type Place, slashCommand } from "./payloads.ts";
import { type BucketRule, type InjectedError, RateLimits, send } from "./rate-limits.ts";
import { findRoute, type PendingInteraction } from "./rest-routes.ts";
import { defaultConfig, type FakeDiscordConfig, type FakeUser, type StoredMessage, World } from "./world.ts";

const API_PREFIX = "/api/v10";
const DEFAULT_WAIT_MS = 5000;

/** Routes whose body is a message the bot posts (or the message inside an interaction response). */
const POSTING_ROUTES = new Set([
  "POST /channels/:id/messages",
  "PATCH /channels/:id/messages/:message",
  "POST /interactions/:id/:token/callback",
  "POST /webhooks/:app/:token",
  "PATCH /webhooks/:app/:token/messages/@original",
]);

/** A message body the bot sent, wherever it went. */
export interface PostedBody {
  route: string;
  path: string;
  content?: string;
  components?: unknown[];
  flags?: number;
  allowed_mentions?: unknown;
}

/**
 * A Discord guild on 127.0.0.1 for tests that drive the real discord.js client: REST under
 * `${apiUrl}/v10` (give `apiUrl` to the client's `rest.api`) and a JSON gateway at the URL
 * `GET /gateway/bot` returns. It records every REST call, paces them with Discord's rate-limit headers,
 * and can answer 429s and Discord's error codes, or drop the gateway connection.
 */
export class FakeDiscord {
  /** For the client's `rest.api`: no trailing slash. */
  readonly apiUrl: string;
  readonly world: World;
  readonly gateway: Gateway;
  private readonly changes = new Changes("FakeDiscord");
  private readonly log = new CallLog(this.changes);
  private readonly limits = new RateLimits();
  private readonly interactions = new Map<string, PendingInteraction>();
  private readonly commands = { list: [] as Record<string, unknown>[] };

  private constructor(
    readonly config: FakeDiscordConfig,
    private readonly server: Server,
    private readonly origin: string,
  ) {
    this.apiUrl = `${origin}/api`;
    this.world = new World(config);
    const gatewayUrl = `${origin.replace(/^http/, "ws")}${GATEWAY_PATH}`;
    this.gateway = new Gateway(this.world, this.changes, () => gatewayUrl);
    server.on("request", (req, res) => {
      this.serve(req, res, gatewayUrl).catch((error: unknown) => {
        if (!res.headersSent) send(res, 500, { message: `FakeDiscord: ${String(error)}`, code: 0 });
      });
    });
    server.on("upgrade", (req, socket, head) => {
      if (new URL(req.url ?? "/", origin).pathname === GATEWAY_PATH) this.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
  }

  static async start(overrides: Partial<FakeDiscordConfig> = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new FakeDiscord(defaultConfig(overrides), server, `http://127.0.0.1:${port}`);
  }

  // --- what members do ------------------------------------------------------------------------------

  /** A member writes to the bot in their DM. */
  dm(author: FakeUser, content: string): StoredMessage {
    return this.dispatchMessage(messageCreate(this.world, author, content, "dm"));
  }

  /** A member writes in the guild channel, mentioning the bot (`<@id>` in front) or not. */
  say(author: FakeUser, content: string, mentionsBot = true): StoredMessage {
    const text = mentionsBot ? `<@${this.config.botUser.id}> ${content}` : content;
    return this.dispatchMessage(messageCreate(this.world, author, text, "guild", mentionsBot));
  }

  /** A member clicks a component of a message; resolves with the interaction's id. */
  click(user: FakeUser, message: StoredMessage, customId: string, locale = "fr"): string {
    const place: Place = this.world.isDmChannel(message.channel_id) ? "dm" : "guild";
    const base = this.newInteraction(user, place, message.channel_id, locale, message.id);
    this.gateway.dispatch("INTERACTION_CREATE", buttonClick(this.world, base, message, customId));
    return base.id;
  }

  /** A member types a slash command, with its string options. */
  command(user: FakeUser, name: string, options: Record<string, string> = {}, place: Place = "guild"): string {
    const base = this.newInteraction(user, place, this.channelOf(user, place), "fr");
    this.gateway.dispatch("INTERACTION_CREATE", slashCommand(this.world, base, name, options));
    return base.id;
  }

  /** A member submits a modal the bot opened. */
  submitModal(
    user: FakeUser,
    customId: string,
    values: Record<string, { text: string } | { choice: string }>,
    place: Place = "dm",
  ): string {
    const base = this.newInteraction(user, place, this.channelOf(user, place), "fr");
    this.gateway.dispatch("INTERACTION_CREATE", modalSubmit(this.world, base, customId, values));
    return base.id;
  }

  /** The DM channel of a member and the bot. */
  dmChannel(user: FakeUser): string {
    return this.world.dmChannel(user.id);
  }

  // --- what the bot did -----------------------------------------------------------------------------

  calls(route?: string): RecordedCall[] {
    return this.log.calls(route);
  }

  waitFor(route: string, predicate: CallPredicate = () => true, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedCall> {
    return this.log.waitFor(route, predicate, timeoutMs);
  }

  /** Every message body the bot sent: posts, edits, interaction responses and follow-ups. */
  posted(): PostedBody[] {
    return this.log
      .calls()
      .filter((call) => POSTING_ROUTES.has(call.route))
      .map((call) => {
        const body = (call.route.endsWith("/callback") ? (call.body.data ?? {}) : call.body) as PostedBody;
        return { ...body, route: call.route, path: call.path };
      });
  }

  /** Messages standing in a channel (edits applied), oldest first. */
  messages(channelId?: string): StoredMessage[] {
    return this.world.messages(channelId);
  }

  /** The first message from the bot in `channelId` matching `predicate` (edits count), posted already or to come. */
  waitForMessage(
    channelId: string,
    predicate: (message: StoredMessage) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<StoredMessage> {
    return this.changes.until(
      () => this.world.messages(channelId).find((m) => m.author.id === this.config.botUser.id && predicate(m)),
      timeoutMs,
      () =>
        `a bot message in ${channelId} (there: ${this.world
          .messages(channelId)
          .map((m) => JSON.stringify(m.content.slice(0, 80)))
          .join(", ")})`,
    );
  }

  /** Commands registered for the guild (the last PUT). */
  registeredCommands(): Record<string, unknown>[] {
    return this.commands.list;
  }

  // --- faults ---------------------------------------------------------------------------------------

  rateLimit(route: string, rule: BucketRule): void {
    this.limits.rateLimit(route, rule);
  }

  force429(route: string, times = 1, retryAfterSeconds = 0.05): void {
    this.limits.force429(route, times, retryAfterSeconds);
  }

  failNext(route: string, error: InjectedError, times = 1): void {
    this.limits.failNext(route, error, times);
  }

  rateLimited(route?: string): number {
    return this.limits.rateLimited(route);
  }

  // --- lifecycle ------------------------------------------------------------------------------------

  async stop(): Promise<void> {
    this.changes.failAll("stopped");
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private dispatchMessage(payload: Record<string, unknown>): StoredMessage {
    this.gateway.dispatch("MESSAGE_CREATE", payload);
    return this.world.message(String(payload.id))!;
  }

  private channelOf(user: FakeUser, place: Place): string {
    return place === "dm" ? this.world.dmChannel(user.id) : this.config.channelId;
  }

  private newInteraction(user: FakeUser, place: Place, channelId: string, locale: string, messageId?: string) {
    const id = this.world.ids.next();
    const token = `interaction-token-${id}`;
    this.interactions.set(id, {
      id,
      token,
      channelId,
      ...(messageId ? { messageId } : {}),
      acknowledged: false,
      expired: false,
    });
    return { id, token, user, place, locale };
  }

  private async serve(req: IncomingMessage, res: ServerResponse, gatewayUrl: string): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return send(res, 404, { message: "404: Not Found", code: 0 });
    const path = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    const method = req.method ?? "GET";
    const found = findRoute(method, path);
    if (!found) return send(res, 404, { message: `FakeDiscord: no route ${method} ${path}`, code: 0 });
    const { route, params } = found;
    const needsAuth = !route.name.includes("/interactions/") && !route.name.includes("/webhooks/");
    if (needsAuth && req.headers.authorization !== `Bot ${this.config.token}`)
      return send(res, 401, { message: "401: Unauthorized", code: 0 });
    const { body, files } = await readBody(req);
    const refused = this.limits.refuse(route.name, params[0] ?? "", res);
    if (refused === "ratelimited") return;
    const result = refused
      ? { status: refused.status, error: { code: refused.code, message: refused.message } }
      : route.serve({
          world: this.world,
          interactions: this.interactions,
          commands: this.commands,
          gatewayUrl,
          params,
          body,
        });
    const response = "error" in result ? result.error : result.body;
    this.log.record({ route: route.name, path, body, files, status: result.status, response });
    send(res, result.status, response);
  }
}

/** A JSON body, or a multipart one (files): its `payload_json` and the files' text. */
async function readBody(req: IncomingMessage): Promise<Pick<RecordedCall, "body" | "files">> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: RecordedCall["files"] = [];
    let body: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) {
      if (name === "payload_json") body = JSON.parse(String(value)) as Record<string, unknown>;
      else if (typeof value !== "string") files.push({ name: value.name, content: await value.text() });
    }
    return { body, files };
  }
  return { body: raw.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {}, files: [] };
}
