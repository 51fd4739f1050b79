import type { Reply } from "../../core/reply.ts";
import type { Confirmations } from "./confirmations.ts";
import type { DiscordSender } from "./discord-sender.ts";
import { type DiscordMessage, renderReply } from "./render/index.ts";

/** Where replies go: a channel (a DM or the guild's), who asked, and the message answered. */
export interface DiscordPlace {
  channelId: string;
  /** A guild channel: ephemeral replies and files go to the asker's DM instead. */
  inGuild: boolean;
  asker?: string;
  /** The member's message: the first reply answers it (a Discord reply). */
  replyTo?: string;
  /** Members called out at the top of the first message (notified; never @everyone or a role). */
  mentions?: readonly string[];
}

/**
 * Posts the core's replies as messages outside interactions (DMs, mentions, proactive messages).
 * Discord has no ephemeral message outside an interaction, so a reply for the asker alone goes to their
 * DM, as do files. Throws when a message was not posted (logged with Discord's code by the sender).
 */
export class DiscordReplies {
  constructor(
    private readonly sender: DiscordSender,
    private readonly confirmations: Confirmations,
  ) {}

  async post(place: DiscordPlace, replies: readonly Reply[]): Promise<string[]> {
    this.confirmations.remember(replies);
    const ids: string[] = [];
    let replyTo = place.replyTo;
    for (const [i, reply] of replies.entries()) {
      const privately = place.inGuild && reply.visibility === "ephemeral" && place.asker;
      const channelId = privately ? await this.sender.directChannel(place.asker!) : place.channelId;
      const rendered = renderReply(reply);
      const messages = i === 0 && place.mentions?.length ? withMentions(rendered, place.mentions) : rendered;
      ids.push(...(await this.sender.post(channelId, messages, privately ? undefined : replyTo)));
      if (!privately) replyTo = undefined;
      if (reply.attachments?.length) await this.attach(place, reply);
    }
    return ids;
  }

  /** Replaces posted messages, the i-th with the i-th reply (or the last), each with its first Discord message. */
  async edit(channelId: string, messageIds: readonly string[], replies: readonly Reply[]): Promise<void> {
    for (const [i, messageId] of messageIds.entries()) {
      const [message] = renderReply(replies[Math.min(i, replies.length - 1)]!);
      await this.sender.edit(channelId, messageId, message ?? { components: [] });
    }
  }

  /** A reply's files, in the DM of the member they are for; nowhere without one. */
  async attach(place: Pick<DiscordPlace, "channelId" | "inGuild" | "asker">, reply: Reply): Promise<void> {
    if (!reply.attachments?.length) return;
    if (place.inGuild && !place.asker)
      throw new Error("A file for nobody in particular is not posted in a guild channel");
    const channelId = place.inGuild ? await this.sender.directChannel(place.asker!) : place.channelId;
    await this.sender.attach(channelId, reply.attachments);
  }
}

/** The first message with a line calling out `users`, who alone may be notified by it. */
function withMentions(messages: DiscordMessage[], users: readonly string[]): DiscordMessage[] {
  const [first, ...rest] = messages;
  const line = users.map((id) => `<@${id}>`).join(" ");
  const content = first?.content ? `${line}\n${first.content}` : line;
  const allowed = { parse: [], users: [...users] } as unknown as DiscordMessage["allowed_mentions"];
  return [{ ...(first ?? { components: [], flags: 0 }), content, allowed_mentions: allowed }, ...rest];
}
