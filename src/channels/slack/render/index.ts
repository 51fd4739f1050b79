/**
 * The Slack rendering of the reply model: pure functions from replies and forms to Block Kit.
 * The adapter (listeners, sender) does the I/O.
 */
export { ACTION_BUTTON, FORM_BUTTON, LINK_BUTTON } from "./actions-blocks.ts";
export { renderHome } from "./home.ts";
export { choiceMadeBlocks, renderMessage, type SlackMessage } from "./message.ts";
export { FORM_CALLBACK_ID, readModalValues, renderModal } from "./modal.ts";
