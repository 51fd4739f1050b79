import type { Reply } from "../../core/reply.ts";
import type { Confirmations } from "./confirmations.ts";
import type { DiscordSender } from "./discord-sender.ts";
import { renderReply } from "./render/index.ts";

/** Where replies go: a channel (a DM or the guild's), who asked, and the message answered. */
export interface DiscordPlace {
  channelId: string;
  /** A guild channel: ephemeral replies and files go to the asker's DM instead. */
  inGuild: boolean;
  asker?: string;
  /** The member's message: the first reply answers it (a Discord reply). */
  replyTo?: string;
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
    for (const reply of replies) {
      const privately = place.inGuild && reply.visibility === "ephemeral" && place.asker;
      const channelId = privately ? await this.sender.directChannel(place.asker!) : place.channelId;
      ids.push(...(await this.sender.post(channelId, renderReply(reply), privately ? undefined : replyTo)));
      if (!privately) replyTo = undefined;
      if (reply.attachments?.length) await this.attach(place, reply);
    }
    return ids;
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
