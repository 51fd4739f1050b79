import type { types } from "@slack/bolt";
import { type Reply, replyToPlainText } from "../../../core/reply.ts";
import { cutText, ELLIPSIS } from "../../../util/cut-text.ts";
import { actionsBlocks } from "./actions-blocks.ts";
import { contentBlocks, moreLine } from "./content-blocks.ts";
import { LIMITS } from "./limits.ts";
import { escapeMrkdwnLines, truncateMrkdwn } from "./mrkdwn.ts";

/** A message for `chat.postMessage`, `chat.postEphemeral`, `chat.update` or a response URL. */
export interface SlackMessage {
  /** The plain-text fallback: notifications, clients without Block Kit. Slack parses it as mrkdwn, so it is escaped too. */
  text: string;
  blocks: types.KnownBlock[];
}

/** A reply as one Slack message. Visibility is the sender's business (`chat.postEphemeral` or not). */
export function renderMessage(reply: Reply): SlackMessage {
  const { content, actions } = replyBlocks(reply);
  return { text: fallbackText(reply), blocks: capBlocks(content, actions, LIMITS.messageBlocks) };
}

/**
 * The blocks of a reply, content and buttons apart. Buttons are numbered from `firstButton` so that
 * several replies in one view keep their `action_id`s unique.
 */
export function replyBlocks(
  reply: Reply,
  firstButton = 0,
): { content: types.KnownBlock[]; actions: types.ActionsBlock[] } {
  return {
    content: reply.blocks.flatMap(contentBlocks),
    actions: actionsBlocks(reply.buttons ?? [], firstButton, reply.links ?? []),
  };
}

/**
 * At most `max` blocks: when there are more, the content is cut and a "…" line says so. The buttons
 * are kept before content, since a message without its buttons could not be answered.
 */
function capBlocks(
  content: readonly types.KnownBlock[],
  actions: readonly types.ActionsBlock[],
  max: number,
): types.KnownBlock[] {
  if (content.length + actions.length <= max) return [...content, ...actions];
  const keptActions = actions.slice(0, max - 1);
  return [...content.slice(0, max - 1 - keptActions.length), moreLine(), ...keptActions];
}

function fallbackText(reply: Reply): string {
  const text = truncateMrkdwn(escapeMrkdwnLines(replyToPlainText(reply)), LIMITS.fallbackText);
  // Slack refuses a message with neither text nor blocks.
  return text.trim() === "" ? ELLIPSIS : text;
}

/**
 * The clicked message's blocks once a choice is made: its buttons give way to a "✓ label" line, so
 * that the conversation shows what was chosen and the buttons cannot be clicked twice. Works on the
 * blocks Slack sends back with the click.
 */
export function choiceMadeBlocks(blocks: readonly types.AnyBlock[], clickedLabel: string): types.AnyBlock[] {
  let shown = false;
  return blocks.flatMap((block): types.AnyBlock[] => {
    if (block.type !== "actions") return [block];
    if (shown) return [];
    shown = true;
    const choice: types.ContextBlock = {
      type: "context",
      elements: [{ type: "plain_text", text: cutText(`✓ ${clickedLabel}`, LIMITS.contextText), emoji: true }],
    };
    return [choice];
  });
}
