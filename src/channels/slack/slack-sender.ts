import type { WebClient } from "@slack/web-api";
import type { Attachment, Reply } from "../../core/reply.ts";
import type { Logger } from "../../log.ts";
import { renderMessage, type SlackMessage } from "./render/index.ts";
import { slackErrorCode } from "./slack-users.ts";

/** Where replies go: a Slack conversation, in a thread or not, and who asked (for ephemeral replies). */
export interface SlackPlace {
  channel: string;
  threadTs?: string;
  /** The member who wrote; ephemeral replies in a shared channel are shown to them only. */
  asker?: string;
  /** Slack users called out at the top of the first message. */
  mentions?: readonly string[];
}

/** A direct-message channel id ("D…"): there, every message is already private. */
export const isDirectChannel = (channel: string) => channel.startsWith("D");

/**
 * Posts the core's replies into Slack. Rate limits are the Web API client's business: it queues
 * calls, honours `Retry-After` and retries, so a burst never loses a message. A failure is logged
 * with Slack's error code and never thrown at the caller's event loop.
 */
export class SlackSender {
  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
  ) {}

  /**
   * Posts each reply; ephemeral ones privately to the asker in shared channels. Says whether all were
   * delivered, with the `ts` of the messages posted (ephemeral ones have none that lasts).
   */
  async post(place: SlackPlace, replies: readonly Reply[]): Promise<Posted> {
    let delivered = true;
    let refused: string | undefined;
    const messageIds: string[] = [];
    for (const [i, r] of replies.entries()) {
      const message = i === 0 && place.mentions ? withMentions(renderMessage(r), place.mentions) : renderMessage(r);
      const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
      const ephemeral = r.visibility === "ephemeral" && place.asker && !isDirectChannel(place.channel);
      const outcome = await this.attempt(ephemeral ? "chat.postEphemeral" : "chat.postMessage", () =>
        ephemeral
          ? this.client.chat.postEphemeral({ channel: place.channel, user: place.asker!, ...thread, ...message })
          : this.client.chat.postMessage({ channel: place.channel, ...thread, ...message }),
      );
      if (!outcome.ok) {
        delivered = false;
        refused ??= outcome.refused;
        continue;
      }
      const ts = "ts" in outcome.value ? outcome.value.ts : undefined;
      if (typeof ts === "string") messageIds.push(ts);
      if (r.attachments?.length && !(await this.attach(place, r.attachments))) delivered = false;
    }
    return { delivered, messageIds, ...(refused ? { refused } : {}) };
  }

  /**
   * Uploads a reply's files into the direct conversation of the member they are for: the place itself
   * when it is one, else the asker's (files cannot be ephemeral, and a member's data has no business in
   * a shared channel). Without an asker outside a direct conversation, nothing is uploaded.
   */
  async attach(place: SlackPlace, attachments: readonly Attachment[]): Promise<boolean> {
    const direct = isDirectChannel(place.channel);
    const channel = direct ? place.channel : place.asker ? await this.directChannel(place.asker) : undefined;
    if (!channel) {
      this.log.warn({ channel: place.channel }, "attachment not uploaded: no direct conversation to put it in");
      return false;
    }
    let uploaded = true;
    for (const attachment of attachments) {
      const result = await this.call("files.uploadV2", () =>
        this.client.filesUploadV2({
          channel_id: channel,
          file: Buffer.from(attachment.content, "utf8"),
          filename: attachment.filename,
          title: attachment.title,
        }),
      );
      if (!result) uploaded = false;
    }
    return uploaded;
  }

  /** Replaces a message (a clicked button's) with new content. */
  async update(channel: string, ts: string, message: SlackMessage): Promise<boolean> {
    const result = await this.call("chat.update", () =>
      this.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks as never }),
    );
    return result !== undefined;
  }

  /** Opens (or finds) the direct-message channel with a user. */
  async directChannel(userId: string): Promise<string | undefined> {
    return (await this.openDirect(userId)).channel;
  }

  /** The direct-message channel with a user, or why Slack refused it for good (the user's account, the bot blocked). */
  async openDirect(userId: string): Promise<{ channel?: string; refused?: string }> {
    const opened = await this.attempt("conversations.open", () => this.client.conversations.open({ users: userId }));
    if (!opened.ok) return opened.refused ? { refused: opened.refused } : {};
    return opened.value.channel?.id ? { channel: opened.value.channel.id } : {};
  }

  /** Runs a Web API call: its result, or undefined (logged with Slack's error code) when it failed for good. */
  async call<T>(method: string, run: () => Promise<T>): Promise<T | undefined> {
    const outcome = await this.attempt(method, run);
    return outcome.ok ? outcome.value : undefined;
  }

  /** Runs a Web API call; a failure says whether Slack refused it for good for this user (see REFUSALS). */
  private async attempt<T>(method: string, run: () => Promise<T>): Promise<Attempt<T>> {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      const code = slackErrorCode(error);
      this.log.error({ err: error, slackError: code, method }, "Slack Web API call failed");
      return code && REFUSALS.has(code) ? { ok: false, refused: code } : { ok: false };
    }
  }
}

/** What `post` did: every reply delivered or not, the posted messages' `ts`, and Slack's refusal for good, if any. */
export interface Posted {
  delivered: boolean;
  messageIds: string[];
  refused?: string;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; refused?: string };

/**
 * Slack's errors that no retry can change for this user: their account is gone or disabled, they cannot
 * be written to by the bot, or their messages tab is off. A direct message refused so is not retried.
 */
const REFUSALS = new Set([
  "user_not_found",
  "user_disabled",
  "cannot_dm_bot",
  "messages_tab_disabled",
  "restricted_action",
  "is_archived",
]);

/** The message with a line calling out `users` above it (`<@U…>`: Slack notifies each of them). */
function withMentions(message: SlackMessage, users: readonly string[]): SlackMessage {
  const mentions = users.map((id) => `<@${id}>`).join(" ");
  return {
    ...message,
    text: `${mentions} ${message.text}`,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: mentions } }, ...message.blocks],
  };
}
