import { defineAction, idArg, noArgs, tokenArg } from "../../core/action-id.ts";

/** Buttons of the request form and of the team's notifications. */
export const startRequest = defineAction("coordination:start", noArgs);
export const chooseNeed = defineAction("coordination:need", tokenArg);
/** A commune's INSEE code, or "none" for a commune outside the territory. */
export const chooseCommune = defineAction("coordination:commune", tokenArg);
export const chooseUrgency = defineAction("coordination:urgency", tokenArg);
/** "profile" (the member's own number) or "message" (answer in the chat). */
export const chooseCallback = defineAction("coordination:callback", tokenArg);
export const sendRequest = defineAction("coordination:send", noArgs);
export const cancelRequest = defineAction("coordination:cancel", noArgs);
export const claimRequest = defineAction("coordination:claim", idArg);

export const OUTSIDE_TERRITORY = "none";
