// The handlers of the buttons of offers, cards and notices.
import { type ActionHandler, onAction } from "../../../core/feature.ts";
import { requireRole } from "../../../core/preconditions.ts";
import { ephemeral, reply } from "../../../core/reply.ts";
import {
  acceptOffer,
  declineBecause,
  declineOffer,
  joinWaitlist,
  missionInfo,
  whoWasAsked,
  withdrawSeat,
} from "./actions.ts";
import { acceptAnswer, declineAnswer, declineReasonAnswer, infoAnswer, withdrawAnswer } from "./answers.ts";
import { askedReply, missionAskedView } from "./asked-view.ts";

const volunteers = [requireRole("volunteer")];

export const engineActions: ActionHandler<unknown>[] = [
  onAction(acceptOffer, (ctx, id) => acceptAnswer(ctx, id), volunteers),
  onAction(joinWaitlist, (ctx, id) => acceptAnswer(ctx, id, "waitlist"), volunteers),
  onAction(declineOffer, (ctx, id) => declineAnswer(ctx, id), volunteers),
  onAction(withdrawSeat, (ctx, id) => withdrawAnswer(ctx, id), volunteers),
  onAction(declineBecause, (ctx, { missionId, reason }) => declineReasonAnswer(ctx, missionId, reason), volunteers),
  // The card names the contact and their number: for the network's volunteers and team, not any guest.
  onAction(missionInfo, (ctx, id) => infoAnswer(ctx, id), [requireRole("volunteer", "coordinator", "director")]),
  onAction(
    whoWasAsked,
    async (ctx, id) => {
      const view = await missionAskedView(ctx.services.db, id);
      if (!view) return ephemeral(reply(ctx.t("missions.error.notFound", { id })));
      return askedReply(ctx, view);
    },
    [requireRole("coordinator", "director")],
  ),
];
