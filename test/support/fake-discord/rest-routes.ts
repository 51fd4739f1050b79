import type { StoredMessage, World } from "./world.ts";

/** An interaction the fake dispatched: it may be answered once, while it is not expired. */
export interface PendingInteraction {
  id: string;
  token: string;
  channelId: string;
  /** The message a component was clicked on. */
  messageId?: string;
  /** The message of the first answer (type 4 or 5), which `@original` then names. */
  responseId?: string;
  acknowledged: boolean;
  expired: boolean;
}

export interface RouteContext {
  world: World;
  interactions: Map<string, PendingInteraction>;
  commands: { list: Record<string, unknown>[] };
  gatewayUrl: string;
  params: string[];
  body: Record<string, unknown>;
}

export type RouteResult =
  | { status: number; body: unknown }
  | { status: number; error: { code: number; message: string } };

interface Route {
  method: string;
  pattern: RegExp;
  /** Its name in the call log and for rate limits. */
  name: string;
  serve(ctx: RouteContext): RouteResult;
}

const ok = (body: unknown, status = 200): RouteResult => ({ status, body });
const unknown = (code: number, message: string): RouteResult => ({ status: 404, error: { code, message } });
const UNKNOWN_INTERACTION = unknown(10062, "Unknown interaction");

/** Interaction response types (https://discord.com/developers/docs/interactions/receiving-and-responding). */
const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, update: 7, modal: 9 } as const;

function route(method: string, path: string, serve: Route["serve"]): Route {
  const pattern = new RegExp(`^${path.replace(/:[a-z]+/g, "([^/]+)")}$`);
  return { method, pattern, name: `${method} ${path}`, serve };
}

const messageData = (body: Record<string, unknown>) => (body.data ?? {}) as Record<string, unknown>;

function answerInteraction(ctx: RouteContext): RouteResult {
  const [id, token] = ctx.params;
  const interaction = ctx.interactions.get(id!);
  if (!interaction || interaction.token !== token || interaction.expired) return UNKNOWN_INTERACTION;
  if (interaction.acknowledged)
    return { status: 400, error: { code: 40060, message: "Interaction has already been acknowledged." } };
  interaction.acknowledged = true;
  const type = ctx.body.type as number;
  if (type === CALLBACK.message || type === CALLBACK.deferredMessage) {
    interaction.responseId = ctx.world.store(interaction.channelId, messageData(ctx.body)).id;
  } else if (type === CALLBACK.update && interaction.messageId) {
    ctx.world.edit(interaction.messageId, messageData(ctx.body));
  }
  return ok(undefined, 204);
}

function interactionOf(ctx: RouteContext): PendingInteraction | undefined {
  const [appId, token] = ctx.params;
  if (appId !== ctx.world.config.applicationId) return undefined;
  return [...ctx.interactions.values()].find((i) => i.token === token && !i.expired && i.acknowledged);
}

function dmChannel(ctx: RouteContext, userId: string) {
  return {
    id: ctx.world.dmChannel(userId),
    type: 1,
    last_message_id: null,
    recipients: [ctx.world.userById(userId)],
  };
}

const stored = (ctx: RouteContext, message: StoredMessage | undefined): RouteResult =>
  message ? ok(ctx.world.api(message)) : unknown(10008, "Unknown Message");

/** The REST routes discord.js calls, under /api/v10. */
const ROUTES: readonly Route[] = [
  route("GET", "/gateway/bot", (ctx) =>
    ok({
      url: ctx.gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    }),
  ),
  route("GET", "/users/@me", (ctx) => ok(ctx.world.config.botUser)),
  route("GET", "/applications/:app/guilds/:guild/commands", (ctx) => ok(ctx.commands.list)),
  route("PUT", "/applications/:app/guilds/:guild/commands", (ctx) => {
    const [app, guild] = ctx.params;
    const list = Array.isArray(ctx.body) ? (ctx.body as Record<string, unknown>[]) : [];
    ctx.commands.list = list.map((command) => ({
      ...command,
      id: ctx.world.ids.next(),
      application_id: app,
      guild_id: guild,
      version: ctx.world.ids.next(),
      type: command.type ?? 1,
    }));
    return ok(ctx.commands.list);
  }),
  route("POST", "/users/@me/channels", (ctx) => ok(dmChannel(ctx, String(ctx.body.recipient_id)))),
  route("POST", "/channels/:id/messages", (ctx) => {
    const [channelId] = ctx.params;
    const known = channelId === ctx.world.config.channelId || ctx.world.isDmChannel(channelId!);
    return known ? ok(ctx.world.api(ctx.world.store(channelId!, ctx.body))) : unknown(10003, "Unknown Channel");
  }),
  route("PATCH", "/channels/:id/messages/:message", (ctx) => stored(ctx, ctx.world.edit(ctx.params[1]!, ctx.body))),
  route("POST", "/interactions/:id/:token/callback", answerInteraction),
  route("POST", "/webhooks/:app/:token", (ctx) => {
    const interaction = interactionOf(ctx);
    return interaction ? ok(ctx.world.api(ctx.world.store(interaction.channelId, ctx.body))) : UNKNOWN_INTERACTION;
  }),
  route("PATCH", "/webhooks/:app/:token/messages/@original", (ctx) => {
    const interaction = interactionOf(ctx);
    if (!interaction) return UNKNOWN_INTERACTION;
    // After a deferred update, @original is the clicked message; after a deferred reply, the reply.
    return stored(ctx, ctx.world.edit(interaction.responseId ?? interaction.messageId ?? "", ctx.body));
  }),
];

/** The route of a request and its path parameters, if the fake knows it. */
export function findRoute(method: string, path: string): { route: Route; params: string[] } | undefined {
  for (const candidate of ROUTES) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return { route: candidate, params: match.slice(1) };
  }
  return undefined;
}
