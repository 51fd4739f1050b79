import type { Message } from "discord.js";
import type { InboundPayload } from "../../core/inbound.ts";
import { ENTRY_COMMAND } from "../entry-command.ts";
import { type DiscordOrigin, discordEvent, discordTextToPlain, senderOf, typedCommand } from "./discord-inbound.ts";
import type { ListenerDeps } from "./listener-deps.ts";
import { noticeMessage } from "./render/index.ts";

/**
 * A member's message: every DM, a guild message that mentions the bot (answered as a Discord reply),
 * and, in a thread where the bot was mentioned, the thread's next messages. Other guild messages are
 * none of the bot's business.
 */
export async function onMessage(message: Message, deps: ListenerDeps): Promise<void> {
  const { sink, guildId } = deps;
  if (message.author.bot || message.system) return;
  const direct = !message.inGuild();
  if (!direct && message.guildId !== guildId) return;
  const botId = deps.botUserId();
  const thread = !direct && message.channel.isThread();
  const conversation = { channel: "discord" as const, workspaceId: guildId, conversationId: message.channelId };
  if (!direct) {
    const mentioned = botId !== undefined && message.mentions.users.has(botId);
    const threadRef = { ...conversation, threadId: message.channelId };
    if (mentioned && thread) await sink.threads.join(threadRef);
    else if (!mentioned && !(thread && (await sink.threads.isJoined(threadRef)))) return;
  }
  const origin: DiscordOrigin = {
    guildId,
    channelId: message.channelId,
    kind: direct ? "direct" : thread ? "thread" : "channel",
  };
  const sender = senderOf(message.author);
  const place = {
    channelId: message.channelId,
    inGuild: !direct,
    asker: message.author.id,
    ...(direct ? {} : { replyTo: message.id }),
  };
  const eventId = `message:${message.id}`;
  if (direct && deps.forms.isFilling(message.author.id)) {
    const step = deps.forms.answer(message.author.id, message.content)!;
    if ("say" in step) return void (await deps.sender.post(message.channelId, [noticeMessage(step.say)]));
    const { replies } = await sink.handle(discordEvent(eventId, origin, sender, step.submit));
    return void (await deps.replies.post(place, replies));
  }
  const text = discordTextToPlain(message.content, botId, {
    users: new Map(message.mentions.users.map((u) => [u.id, u.globalName ?? u.username])),
    channels: new Map(message.mentions.channels.map((c) => [c.id, "name" in c && c.name ? c.name : c.id])),
    roles: new Map(message.mentions.roles.map((r) => [r.id, r.name])),
  });
  const { replies } = await sink.handle(discordEvent(eventId, origin, sender, payloadOf(text, deps.commandNames)));
  await deps.replies.post(place, replies);
}

function payloadOf(text: string, commands: ReadonlySet<string>): InboundPayload {
  const entry = new RegExp(`^/${ENTRY_COMMAND}\\b\\s*`, "iu");
  if (entry.test(text)) return { type: "text", text: text.replace(entry, "") };
  return typedCommand(text, commands) ?? { type: "text", text };
}
