import type { types } from "@slack/bolt";
import { cutText, ELLIPSIS } from "../../../util/cut-text.ts";

/**
 * Block Kit's limits (https://docs.slack.dev/reference/block-kit). Slack rejects a whole message or
 * view that breaks one of them, so the renderer cuts texts and splits blocks before it sends.
 * Lengths are measured in UTF-16 code units, which is never less than what Slack counts.
 */
export const LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  headerText: 150,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  inputValue: 3000,
  placeholder: 150,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  blockId: 255,
  /** The message's plain-text fallback: Slack takes 40,000, notifications show far less. */
  fallbackText: 4000,
} as const;

/**
 * A `plain_text` object (shown as written: no mrkdwn, no mentions, so no escaping), cut to `max`.
 * Slack refuses an empty one: a blank text becomes "…".
 */
export function plainText(text: string, max: number): types.PlainTextElement {
  return { type: "plain_text", text: text.trim() === "" ? ELLIPSIS : cutText(text, max), emoji: true };
}
