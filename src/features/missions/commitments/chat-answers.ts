// « je prends la mission 3 », « non merci pour la mission 3, trop loin », « je ne peux plus pour la
// mission 3 »: the mission meant is found, and the engine takes the seat, records the « non » (with the
// reason said) or gives the seat back — as the offer's buttons do.
import type { IntentHandler, MessageContext } from "../../../core/feature.ts";
import type { AssignmentStatus } from "../../../core/persistence.ts";
import type { Reply } from "../../../core/reply.ts";
import { acceptAnswer, declineAnswer, withdrawAnswer } from "../offers/answers.ts";
import { declineReasonIn } from "./decline-reason.ts";
import { missionMeant } from "./mission-meant.ts";

type ChatAnswer = "accept" | "decline" | "withdraw";

/** Without a number, the missions an answer can be about: offers for a yes or a no, seats for a withdrawal. */
const ANSWERABLE: Record<ChatAnswer, readonly AssignmentStatus[]> = {
  accept: ["offered"],
  decline: ["offered"],
  withdraw: ["accepted", "waitlisted"],
};

function declineSaid(ctx: MessageContext, missionId: number): Promise<Reply> {
  const day = ctx.nlu.entities.date?.[0]?.value;
  const because = declineReasonIn(ctx.text, day, ctx.services.config.timezone);
  return declineAnswer(ctx, missionId, because);
}

async function answer(ctx: MessageContext, verb: ChatAnswer): Promise<Reply> {
  const meant = await missionMeant(ctx, ANSWERABLE[verb], `missions.which.none.${verb}`);
  if (!meant.ok) return meant.reply;
  const { id } = meant.mission;
  if (verb === "accept") return acceptAnswer(ctx, id);
  if (verb === "decline") return declineSaid(ctx, id);
  return withdrawAnswer(ctx, id);
}

export const chatAnswerIntents: Record<string, IntentHandler> = {
  "missions.accept": { run: (ctx) => answer(ctx, "accept") },
  "missions.decline": { run: (ctx) => answer(ctx, "decline") },
  "missions.withdraw": { run: (ctx) => answer(ctx, "withdraw") },
};
