/**
 * The Discord rendering of the reply model: pure functions from replies and forms to message and modal
 * bodies of Discord's REST API. The adapter (listeners, sender, responder) does the I/O.
 */

export { confirmationMessage } from "./confirmation.ts";
export { type CustomId, parseCustomId } from "./custom-ids.ts";
export { choiceMade, type DiscordMessage, noticeMessage, renderReply } from "./message.ts";
export { fitsModal, readModalValues, renderModal } from "./modal.ts";
