import { type Feature, onAction } from "../../core/feature.ts";
import { isProfession } from "../../core/members/member-profile.ts";
import { requireRole } from "../../core/preconditions.ts";
import { ephemeral, reply } from "../../core/reply.ts";
import { approveMember, chooseCommune, chooseProfession } from "./actions.ts";
import { approve } from "./approval.ts";
import { onboardingMessages } from "./messages.ts";
import { answerCommune, answerProfession, askProfession, OUTSIDE, QUESTIONS_STEP, questionsStep } from "./questions.ts";

/**
 * Onboarding of members met in chat: after the answer to their first message, a short welcome and two
 * questions with buttons (profession, commune of practice) that never stand in the way of a question;
 * then the coordination team is told and confirms the newcomer's registration from its notice.
 */
export const onboardingFeature: Feature = {
  name: "onboarding",
  messages: onboardingMessages,
  provides: { welcome: (ctx) => askProfession(ctx, [ctx.t("onboarding.welcome")]) },
  steps: { [QUESTIONS_STEP]: questionsStep },
  actions: [
    onAction(chooseProfession, async (ctx, profession) =>
      isProfession(profession)
        ? { ...(await answerProfession(ctx, profession)), replaceOriginal: true }
        : ephemeral(reply(ctx.t("onboarding.expired"))),
    ),
    onAction(chooseCommune, async (ctx, code) => {
      if (code !== OUTSIDE && !ctx.services.territory.commune(code))
        return ephemeral(reply(ctx.t("onboarding.expired")));
      return { ...(await answerCommune(ctx, code)), replaceOriginal: true };
    }),
    onAction(approveMember, (ctx, { memberId, as }) => approve(ctx, memberId, as), [
      requireRole("coordinator", "director"),
    ]),
  ],
};
