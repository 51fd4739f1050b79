/**
 * The Slack rendering of the reply model: pure functions from replies and forms to Block Kit.
 * The adapter (listeners, sender) does the I/O.
 */
export { ACTION_BUTTON, FORM_BUTTON } from "./actions-blocks.ts";
export { renderHome } from "./home.ts";
export { LIMITS } from "./limits.ts";
export { choiceMadeBlocks, renderMessage, type SlackMessage } from "./message.ts";
export { FIELD_ACTION_ID, FORM_CALLBACK_ID, type ModalStateValues, readModalValues, renderModal } from "./modal.ts";
export { escapeMrkdwn, toMrkdwn } from "./mrkdwn.ts";
