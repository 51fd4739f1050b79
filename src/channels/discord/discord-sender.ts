import { MessageFlags, type RawFile, type REST, Routes } from "discord.js";
import type { Attachment } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import { DISCORD_CODES, describeDiscordError, discordCode } from "./discord-errors.ts";
import type { DiscordMessage } from "./render/index.ts";

/** What went wrong, counted since start: logged too, never thrown at the gateway's event loop. */
export interface DiscordStats {
  /** Interactions Discord no longer knew when the bot answered (10062: later than 3 s, or answered twice). */
  unknownInteractions: number;
  /** Direct messages Discord refused (50007: the member's privacy settings, or no shared server). */
  failedDirectMessages: number;
  /** Gateway reconnections (resumed or identified anew). */
  reconnects: number;
}

/** An interaction as far as answering it goes. */
export interface InteractionRef {
  id: string;
  token: string;
}

/** Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding). */
export const CALLBACK = { message: 4, deferredMessage: 5, deferredUpdate: 6, update: 7, modal: 9 } as const;

/**
 * Every REST call of the channel, through discord.js's REST client: it queues calls per route, reads
 * Discord's rate-limit headers, waits out 429s and retries, so a burst loses nothing. A failure is
 * logged with Discord's code and counted; `attempt` swallows it, `send` rethrows it.
 */
export class DiscordSender {
  private readonly directChannels = new Map<string, string>();

  constructor(
    private readonly rest: REST,
    private readonly applicationId: string,
    private readonly log: Logger,
    readonly stats: DiscordStats,
  ) {}

  /** Runs a call; on failure logs, counts and rethrows. */
  async send<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const code = discordCode(error);
      if (code === DISCORD_CODES.unknownInteraction) this.stats.unknownInteractions += 1;
      if (code === DISCORD_CODES.cannotDm) this.stats.failedDirectMessages += 1;
      const level = code === DISCORD_CODES.unknownInteraction || code === DISCORD_CODES.cannotDm ? "warn" : "error";
      this.log[level]({ err: error, discordCode: code, what }, `Discord call failed: ${describeDiscordError(error)}`);
      throw error;
    }
  }

  /** Runs a call: its result, or undefined when it failed (logged and counted). */
  attempt<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
    return this.send(what, run).catch(() => undefined);
  }

  /** The DM channel with a user, opened once (Discord gives the same channel each time). */
  async directChannel(userId: string): Promise<string> {
    const known = this.directChannels.get(userId);
    if (known) return known;
    const channel = (await this.send("open a DM", () =>
      this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }),
    )) as { id: string };
    this.directChannels.set(userId, channel.id);
    return channel.id;
  }

  /** Posts messages in a channel, the first as a reply to `replyTo` when given; the ids of the posted ones. Throws on failure. */
  async post(channelId: string, messages: readonly DiscordMessage[], replyTo?: string): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, message] of messages.entries()) {
      const reference =
        i === 0 && replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {};
      const posted = (await this.send("post a message", () =>
        this.rest.post(Routes.channelMessages(channelId), { body: { ...message, ...reference } }),
      )) as { id: string };
      ids.push(posted.id);
    }
    return ids;
  }

  /** Replaces a message the bot posted. Throws on failure. */
  async edit(channelId: string, messageId: string, message: Partial<DiscordMessage>): Promise<void> {
    await this.send("edit a message", () =>
      this.rest.patch(Routes.channelMessage(channelId, messageId), { body: message }),
    );
  }

  /** Sends files in a channel (a DM: a member's files go nowhere else), one message each. Throws on failure. */
  async attach(channelId: string, attachments: readonly Attachment[]): Promise<void> {
    for (const attachment of attachments) {
      const file: RawFile = {
        name: attachment.filename,
        data: Buffer.from(attachment.content, "utf8"),
        contentType: attachment.mimeType,
      };
      await this.send("send a file", () =>
        this.rest.post(Routes.channelMessages(channelId), {
          body: {
            content: attachment.title,
            attachments: [{ id: 0, filename: attachment.filename }],
            allowed_mentions: { parse: [] },
          },
          files: [file],
        }),
      );
    }
  }

  // --- interactions: no bot token, the interaction's own token --------------------------------------

  /**
   * The interaction's first answer (within 3 s of it): a message, a deferral, an update or a modal.
   * False when Discord refused it (10062: too late, the interaction is lost).
   */
  async callback(interaction: InteractionRef, type: number, data?: unknown): Promise<boolean> {
    const sent = await this.attempt(`interaction callback ${type}`, async () => {
      await this.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
        body: { type, ...(data ? { data } : {}) },
        auth: false,
      });
      return true;
    });
    return sent === true;
  }

  /** A further message after the first answer (up to 15 minutes later). */
  followUp(interaction: InteractionRef, message: DiscordMessage, ephemeral: boolean): Promise<unknown> {
    const body = ephemeral ? { ...message, flags: message.flags | MessageFlags.Ephemeral } : message;
    return this.attempt("interaction follow-up", () =>
      this.rest.post(Routes.webhook(this.applicationId, interaction.token), { body, auth: false }),
    );
  }

  /** Edits the deferred answer (or, after a deferred update, the clicked message). */
  editOriginal(interaction: InteractionRef, message: DiscordMessage): Promise<unknown> {
    return this.attempt("edit the interaction's message", () =>
      this.rest.patch(Routes.webhookMessage(this.applicationId, interaction.token, "@original"), {
        body: message,
        auth: false,
      }),
    );
  }
}
