// Messaging apps as members name them in a sentence or a command (« sur Slack », « ici », `/delier discord`).
import type { HandlerContext } from "../../core/feature.ts";
import { CHANNEL_NAMES as CHANNELS } from "../../core/inbound.ts";
import type { Channel } from "../../core/persistence.ts";
import { foldedKey } from "../../util/fold.ts";

/** How members name each messaging app in a sentence or a command argument. */
const NAMES: Record<Channel, RegExp> = {
  slack: /\bslack\b/,
  discord: /\bdiscord\b/,
  console: /\b(terminal|console|cli)\b/,
};
/** « ici », « here »: the channel of the message itself. */
const HERE = /\b(ici|here)\b/;

export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

/** The messaging app a text names (« écris-moi plutôt sur Slack », `/delier slack`), if exactly one. */
export function channelNamed(ctx: HandlerContext, text: string): Channel | undefined {
  const folded = foldedKey(text);
  const named = CHANNELS.filter((channel) => NAMES[channel].test(folded));
  if (named.length === 1) return named[0];
  return named.length === 0 && HERE.test(folded) ? ctx.event.conversation.channel : undefined;
}

/** "Slack", "le terminal"… in the member's language. */
export const channelLabel = (ctx: HandlerContext, channel: Channel) => ctx.t("core.channel", { channel });
/** "sur Slack", "dans le terminal"… */
export const onChannel = (ctx: HandlerContext, channel: Channel) => ctx.t("core.onChannel", { channel });
