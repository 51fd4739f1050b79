// The buttons of offers, confirmations and the contact's notices. The ids carry all they need (the mission
// number, a reason), so a button still works after a restart or days later.
import { type ActionCodec, defineAction, idArg } from "../../../core/action-id.ts";
import { type DeclineReason, isDeclineReason } from "../engine/decline.ts";

export const acceptOffer = defineAction("missions:accept", idArg);
/** « Me mettre en liste d'attente », offered when the last seat went. */
export const joinWaitlist = defineAction("missions:waitlist", idArg);
export const declineOffer = defineAction("missions:decline", idArg);
/** A mission's card for a volunteer (« Plus d'infos », a mission's button in a list). */
export const missionInfo = defineAction("missions:info", idArg);
/** « Je me désiste »: a seat or a place on the waitlist given back. */
export const withdrawSeat = defineAction("missions:withdraw", idArg);
/** The coordinators' « qui a été sollicité ? ». */
export const whoWasAsked = defineAction("missions:asked", idArg);

const reasonCodec: ActionCodec<{ missionId: number; reason: DeclineReason }> = {
  encode: ({ missionId, reason }) => [String(missionId), reason],
  decode: ([id, reason, ...rest]) =>
    rest.length || !id || !/^\d{1,12}$/.test(id) || !reason || !isDeclineReason(reason)
      ? undefined
      : { missionId: Number(id), reason },
};

/** The optional reason after a « non ». */
export const declineBecause = defineAction("missions:why-not", reasonCodec);
