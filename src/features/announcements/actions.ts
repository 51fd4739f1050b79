// The announcements' typed button ids.
import { defineAction, idArg, noArgs, tokenArg } from "../../core/action-id.ts";

/** The draft's preview: send (or schedule) it, drop it, change an option, or open the whole form. */
export const sendDraft = defineAction("announcements:send", noArgs);
export const discardDraft = defineAction("announcements:discard", noArgs);
export const draftOption = defineAction("announcements:option", tokenArg);
export const submitForm = defineAction("announcements:form", noArgs);
/** A recipient's « Lu ✓ » under announcement n. */
export const markRead = defineAction("announcements:read", idArg);
/** Cancels a scheduled announcement (from the list). */
export const cancelScheduled = defineAction("announcements:cancel", idArg);
