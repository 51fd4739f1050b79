import { ButtonStyle, ComponentType } from "discord.js";
import type { Button, Confirmation } from "../../../core/reply.ts";
import { cutText } from "../../../util/cut-text.ts";
import { actionCustomId, DENY_CUSTOM_ID } from "./custom-ids.ts";
import { plainToDiscord } from "./discord-markdown.ts";
import { LIMITS } from "./limits.ts";
import { type DiscordMessage, NO_MENTIONS, styleOf } from "./message.ts";

/**
 * The question a button with a confirmation asks first (Discord has no confirmation dialog): its title
 * and text, then "yes", which is the action itself, and "no".
 */
export function confirmationMessage(
  actionId: string,
  confirm: Confirmation,
  style: Button["style"],
  flags: number,
): DiscordMessage {
  const content = cutText(`**${plainToDiscord(confirm.title)}**\n${plainToDiscord(confirm.text)}`, LIMITS.content);
  return {
    content,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            custom_id: actionCustomId(actionId, `Confirmation "${confirm.title}"`),
            label: cutText(confirm.confirm, LIMITS.buttonLabel),
            style: style ? styleOf({ style }) : ButtonStyle.Primary,
          },
          {
            type: ComponentType.Button,
            custom_id: DENY_CUSTOM_ID,
            label: cutText(confirm.deny, LIMITS.buttonLabel),
            style: ButtonStyle.Secondary,
          },
        ],
      },
    ],
    allowed_mentions: NO_MENTIONS,
    flags,
  };
}
