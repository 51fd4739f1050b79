import type { InboundSink } from "../../core/bot.ts";
import type { Logger } from "../../log.ts";
import type { Confirmations } from "./confirmations.ts";
import type { DiscordReplies } from "./discord-replies.ts";
import type { DiscordSender } from "./discord-sender.ts";
import type { DiscordTexts } from "./discord-texts.ts";
import type { FormsInChat } from "./form-in-chat.ts";

/** What the message and interaction listeners share. */
export interface ListenerDeps {
  sink: InboundSink;
  sender: DiscordSender;
  replies: DiscordReplies;
  confirmations: Confirmations;
  forms: FormsInChat;
  log: Logger;
  /** The configured guild: every Discord identity is known by it, DMs included. */
  guildId: string;
  botUserId: () => string | undefined;
  /** Names (and aliases) of the features' commands, for `/lier …` typed in a DM. */
  commandNames: ReadonlySet<string>;
  /** The channel's own texts in the language of a Discord locale (default: the bot's). */
  texts: (discordLocale?: string) => DiscordTexts;
  /** An interaction whose answer takes longer is acknowledged first (Discord allows 3 s). */
  deferAfterMs: number;
}
