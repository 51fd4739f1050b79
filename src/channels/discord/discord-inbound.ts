import type { ConversationKind, InboundEvent, InboundPayload, SenderRef } from "../../core/inbound.ts";

/** Where a Discord event comes from, as the core sees it. */
export interface DiscordOrigin {
  /** The configured guild: a member's DMs and the guild's channels are one workspace, so one identity. */
  guildId: string;
  channelId: string;
  kind: ConversationKind;
}

/** A Discord user as the core knows a sender: their id, and the name the guild shows. */
export const senderOf = (user: { id: string; username: string; globalName: string | null }): SenderRef => ({
  externalUserId: user.id,
  displayName: user.globalName ?? user.username,
});

/** Builds the core's event; `eventId` must be the same if Discord delivers the same thing again. */
export function discordEvent(
  eventId: string,
  origin: DiscordOrigin,
  sender: SenderRef,
  payload: InboundPayload,
): InboundEvent {
  return {
    eventId,
    sender,
    conversation: {
      channel: "discord",
      workspaceId: origin.guildId,
      conversationId: origin.channelId,
      kind: origin.kind,
      // A Discord thread is a channel of its own: the thread is the conversation.
      ...(origin.kind === "thread" ? { threadId: origin.channelId } : {}),
    },
    payload,
    receivedAt: new Date(),
  };
}

/** Names the message's mentions resolve to (discord.js's `message.mentions`). */
export interface MentionNames {
  users: ReadonlyMap<string, string>;
  channels: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
}

/**
 * What a member wrote, as plain text for the core: mentions become their readable form (`@Claire`,
 * `#coordination`), custom emojis their name, the bot's own mention disappears.
 */
export function discordTextToPlain(content: string, botUserId: string | undefined, names: MentionNames): string {
  return content
    .replace(/<@!?(\d+)>/g, (_m, id: string) => (id === botUserId ? "" : `@${names.users.get(id) ?? id}`))
    .replace(/<#(\d+)>/g, (_m, id: string) => `#${names.channels.get(id) ?? id}`)
    .replace(/<@&(\d+)>/g, (_m, id: string) => `@${names.roles.get(id) ?? id}`)
    .replace(/<a?(:\w+:)\d+>/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A message that starts with a slash and a command's name is that command, as in the terminal: in a
 * DM, where a guild's slash commands do not show, `/lier ABCD-1234` is typed and sent as text.
 */
export function typedCommand(text: string, commands: ReadonlySet<string>): InboundPayload | undefined {
  const match = /^\/(\S+)\s*([\s\S]*)$/u.exec(text);
  const name = match?.[1]?.toLowerCase();
  if (!match || !name || !commands.has(name)) return undefined;
  return { type: "command", command: name, text: match[2]!.trim() };
}
