import type { types } from "@slack/bolt";
import type { Reply } from "../../../core/reply.ts";
import { moreLine } from "./content-blocks.ts";
import { LIMITS, plainText } from "./limits.ts";
import { replyBlocks } from "./message.ts";

/**
 * The App Home tab: an optional header, then every reply (content and buttons) with a divider
 * between two replies. Buttons are numbered across the whole view, so their `action_id`s stay
 * unique. A home view holds 100 blocks: past that, the first 99 and a "…" line.
 */
export function renderHome(replies: readonly Reply[], title?: string): types.HomeView {
  const blocks: types.KnownBlock[] = title ? [{ type: "header", text: plainText(title, LIMITS.headerText) }] : [];
  let buttons = 0;
  replies.forEach((reply, i) => {
    const { content, actions } = replyBlocks(reply, buttons);
    buttons += reply.buttons?.length ?? 0;
    if (i > 0) blocks.push({ type: "divider" });
    blocks.push(...content, ...actions);
  });
  return {
    type: "home",
    blocks: blocks.length <= LIMITS.homeBlocks ? blocks : [...blocks.slice(0, LIMITS.homeBlocks - 1), moreLine()],
  };
}
