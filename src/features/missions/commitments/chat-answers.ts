// « je prends la mission 3 », « non merci pour la mission 3 », « je ne peux plus pour la mission 3 »:
// the mission meant is found and its card shown; taking, declining or giving back the seat is the
// engine's (see answerFromChat).
import type { IntentHandler, MessageContext } from "../../../core/feature.ts";
import type { AssignmentStatus } from "../../../core/persistence.ts";
import type { Replies } from "../../../core/reply.ts";
import { answerFromChat, type ChatAnswer } from "../engine-seams.ts";
import { missionMeant } from "./mission-meant.ts";
import { volunteerCard } from "./volunteer-card.ts";

/** Without a number, the missions an answer can be about: offers for a yes or a no, seats for a withdrawal. */
const ANSWERABLE: Record<ChatAnswer, readonly AssignmentStatus[]> = {
  accept: ["offered"],
  decline: ["offered"],
  withdraw: ["accepted", "waitlisted"],
};

async function answer(ctx: MessageContext, verb: ChatAnswer): Promise<Replies> {
  const meant = await missionMeant(ctx, ANSWERABLE[verb], `missions.which.none.${verb}`);
  if (!meant.ok) return meant.reply;
  return answerFromChat(ctx, meant.mission, verb, await volunteerCard(ctx, meant.mission.id));
}

export const chatAnswerIntents: Record<string, IntentHandler> = {
  "missions.accept": { run: (ctx) => answer(ctx, "accept") },
  "missions.decline": { run: (ctx) => answer(ctx, "decline") },
  "missions.withdraw": { run: (ctx) => answer(ctx, "withdraw") },
};
