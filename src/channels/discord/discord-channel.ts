import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Partials, type RESTOptions } from "discord.js";
import type { InboundSink } from "../../core/bot.ts";
import type { Locale } from "../../core/locale.ts";
import {
  type ConversationTarget,
  type IdentityTarget,
  type PostedMessages,
  type PostOptions,
  type SentMessage,
  UndeliverableError,
} from "../../core/outbound-port.ts";
import type { FeatureRegistry } from "../../core/registry.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import type { ChannelAdapter } from "../channel.ts";
import { Confirmations } from "./confirmations.ts";
import { slashCommands, syncCommands } from "./discord-commands.ts";
import { DISCORD_CODES, describeDiscordError, discordCode } from "./discord-errors.ts";
import { DiscordReplies } from "./discord-replies.ts";
import { DiscordSender, type DiscordStats } from "./discord-sender.ts";
import type { DiscordSettings } from "./discord-settings.ts";
import { discordTexts, localeOf } from "./discord-texts.ts";
import { FormsInChat } from "./form-in-chat.ts";
import { onInteraction } from "./interaction-listener.ts";
import type { ListenerDeps } from "./listener-deps.ts";
import { onMessage } from "./message-listener.ts";

export interface DiscordChannelOptions {
  settings: DiscordSettings;
  log: Logger;
  /** The installed features: their commands are registered in the guild. */
  registry: FeatureRegistry;
  defaultLocale: Locale;
  /** An interaction whose answer takes longer is acknowledged first (default 2 s; Discord allows 3). */
  deferAfterMs?: number;
  /** discord.js REST options (tests raise the global limit and shorten retries). */
  rest?: Partial<RESTOptions>;
}

const DEFAULT_DEFER_AFTER_MS = 2000;

/** What to do when Discord refuses the bot's connection. */
function loginProblem(error: unknown): string {
  const why = describeDiscordError(error);
  if (/disallowed intents/i.test(why))
    return `Discord refused the connection (${why}): switch on Message Content Intent in the Developer Portal (the application → Bot → Privileged Gateway Intents)`;
  return `Discord refused the connection (${why}): check DISCORD_TOKEN (the application → Bot → Reset Token)`;
}

/** A message Discord did not take: the outbound port's delivery job retries it. */
class DiscordDeliveryError extends Error {}

/**
 * The Discord channel on discord.js: the gateway for DMs, mentions and interactions, REST for
 * everything the bot posts. Only this folder imports discord.js.
 */
export class DiscordChannel implements ChannelAdapter {
  readonly name = "discord" as const;
  readonly stats: DiscordStats = { unknownInteractions: 0, failedDirectMessages: 0, reconnects: 0 };
  private readonly client: Client;
  private readonly sender: DiscordSender;
  private readonly replies: DiscordReplies;
  private readonly confirmations = new Confirmations();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: DiscordChannelOptions) {
    const { settings, log } = options;
    this.client = new Client({
      intents: [
        GatewayIntentBits.Guilds,
        GatewayIntentBits.GuildMessages,
        GatewayIntentBits.DirectMessages,
        GatewayIntentBits.MessageContent,
      ],
      // A DM channel is not cached before its first message: without this, DMs are dropped.
      partials: [Partials.Channel],
      allowedMentions: { parse: [] },
      rest: { ...(settings.apiUrl ? { api: settings.apiUrl } : {}), ...options.rest },
    });
    this.client.rest.setToken(settings.token);
    this.sender = new DiscordSender(
      this.client.rest,
      settings.applicationId,
      log.child({ component: "discord" }),
      this.stats,
    );
    this.replies = new DiscordReplies(this.sender, this.confirmations);
  }

  async start(sink: InboundSink): Promise<void> {
    const { settings, registry, log } = this.options;
    const deps: ListenerDeps = {
      sink,
      sender: this.sender,
      replies: this.replies,
      confirmations: this.confirmations,
      forms: new FormsInChat(),
      log,
      guildId: settings.guildId,
      botUserId: () => this.client.user?.id,
      commandNames: new Set(registry.commands.keys()),
      texts: (locale) => discordTexts[localeOf(locale, this.options.defaultLocale)],
      deferAfterMs: this.options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    };
    this.client.on(Events.MessageCreate, (message) => this.track(onMessage(message, deps)));
    this.client.on(Events.InteractionCreate, (interaction) => this.track(onInteraction(interaction, deps)));
    this.logConnection();
    const ready = once(this.client, Events.ClientReady);
    await this.client.login(settings.token).catch((error: unknown) => {
      throw new Error(loginProblem(error), { cause: error });
    });
    await ready;
    const written = await syncCommands(this.client.rest, settings, slashCommands(registry, registry.messages));
    log.info(
      { guild: settings.guildId, bot: this.client.user?.tag, commandsWritten: written },
      "Discord channel started",
    );
  }

  async stop(): Promise<void> {
    await this.client.destroy();
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    try {
      const channelId = target.directConversationId ?? (await this.sender.directChannel(target.externalUserId));
      const messageIds = await this.replies.post({ channelId, inGuild: false }, replies);
      return { directConversationId: channelId, messageIds };
    } catch (error) {
      const reason = `Discord user ${target.externalUserId}: ${describeDiscordError(error)}`;
      if (discordCode(error) === DISCORD_CODES.cannotDm) throw new UndeliverableError(reason, { cause: error });
      throw new DiscordDeliveryError(reason, { cause: error });
    }
  }

  async postTo(target: ConversationTarget, replies: Reply[], options: PostOptions = {}): Promise<SentMessage> {
    const channelId = target.threadId ?? target.conversationId;
    const place = { channelId, inGuild: true, ...(options.mentions ? { mentions: options.mentions } : {}) };
    const messageIds = await this.replies.post(place, replies).catch((error: unknown) => {
      throw new DiscordDeliveryError(`Discord channel ${channelId}: ${describeDiscordError(error)}`, { cause: error });
    });
    return { messageIds };
  }

  async edit(posted: PostedMessages, replies: Reply[]): Promise<void> {
    await this.replies.edit(posted.conversationId, posted.messageIds, replies).catch((error: unknown) => {
      throw new DiscordDeliveryError(`Discord channel ${posted.conversationId}: ${describeDiscordError(error)}`, {
        cause: error,
      });
    });
  }

  /** The gateway's ups and downs, logged; discord.js resumes or reconnects by itself. */
  private logConnection(): void {
    const log = this.options.log.child({ component: "discord" });
    let ready = false;
    this.client.on(Events.ShardDisconnect, (event, shard) =>
      log.warn({ shard, code: event.code }, "Discord gateway disconnected"),
    );
    // discord.js retries at once while Discord is unreachable: the 1st, 10th, 100th… attempt in a row are logged.
    let attempts = 0;
    this.client.on(Events.ShardReconnecting, (shard) => {
      attempts += 1;
      if (Number.isInteger(Math.log10(attempts))) log.warn({ shard, attempts }, "Discord gateway reconnecting");
    });
    this.client.on(Events.ShardResume, (shard, replayed) => {
      attempts = 0;
      this.stats.reconnects += 1;
      log.info({ shard, replayed, reconnects: this.stats.reconnects }, "Discord gateway resumed");
    });
    this.client.on(Events.ShardReady, (shard) => {
      attempts = 0;
      if (ready) {
        this.stats.reconnects += 1;
        log.info({ shard, reconnects: this.stats.reconnects }, "Discord gateway reconnected with a new session");
      }
      ready = true;
    });
    this.client.on(Events.ShardError, (error, shard) => log.error({ err: error, shard }, "Discord gateway error"));
    this.client.on(Events.Error, (error) => log.error({ err: error }, "Discord client error"));
    this.client.on(Events.Warn, (message) => log.warn({ discordWarning: message }, "Discord client warning"));
  }

  /** Work done for an event: never an unhandled rejection, and waited for on stop. */
  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) =>
      this.options.log.error({ err: error }, "Discord event handling failed"),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }
}
