import type { HandlerContext, MessageContext, StepHandler } from "../../core/feature.ts";
import { type Profession, professionKey } from "../../core/members/member-profile.ts";
import { type Button, type Reply, reply, withButtons } from "../../core/reply.ts";
import { fold } from "../../util/fold.ts";
import { chooseCommune, chooseProfession } from "./actions.ts";
import { tellTheTeam } from "./approval.ts";

export const QUESTIONS_STEP = "onboarding.questions";
/** The questions wait a day: a newcomer may come back to them after asking something else. */
const QUESTIONS_TTL_MINUTES = 24 * 60;
/** Professions offered as buttons, most frequent in the network first; "other" covers the rest. */
const OFFERED: readonly Profession[] = [
  "general_practitioner",
  "nurse",
  "pharmacist",
  "specialist",
  "physiotherapist",
  "psychologist",
  "social_worker",
  "care_assistant",
  "other",
];
/** A code standing for "outside the territory" on the commune buttons. */
export const OUTSIDE = "none";

interface Questions {
  asked: "profession" | "commune";
}

export async function askProfession(ctx: HandlerContext, lead: string[] = []): Promise<Reply> {
  await ctx.dialogue.expect(QUESTIONS_STEP, { asked: "profession" } satisfies Questions, QUESTIONS_TTL_MINUTES);
  const buttons: Button[] = OFFERED.map((p) => ({ label: ctx.t(professionKey(p)), actionId: chooseProfession.id(p) }));
  return withButtons(reply(...lead, ctx.t("onboarding.ask.profession")), ...buttons);
}

async function askCommune(ctx: HandlerContext, retry = false): Promise<Reply> {
  await ctx.dialogue.expect(QUESTIONS_STEP, { asked: "commune" } satisfies Questions, QUESTIONS_TTL_MINUTES);
  const { territory } = ctx.services;
  const buttons: Button[] = [
    ...territory.communes.map((c) => ({ label: c.name, actionId: chooseCommune.id(c.code) })),
    { label: ctx.t("onboarding.outside"), actionId: chooseCommune.id(OUTSIDE) },
  ];
  const lead = retry ? [ctx.t("onboarding.retry.commune")] : [];
  return withButtons(
    reply(...lead, ctx.t("onboarding.ask.commune"), ctx.t("onboarding.ask.commune.typeIt")),
    ...buttons,
  );
}

/** Records the profession, then asks where the member practises. */
export async function answerProfession(ctx: HandlerContext, profession: Profession): Promise<Reply> {
  await ctx.services.db.member.update({ where: { id: ctx.member.id }, data: { profession } });
  return askCommune(ctx);
}

/** Records the commune (none: outside the territory), thanks the member and tells the team. */
export async function answerCommune(ctx: HandlerContext, communeCode: string): Promise<Reply> {
  const { db } = ctx.services;
  await ctx.dialogue.end(QUESTIONS_STEP);
  if (communeCode !== OUTSIDE) {
    await db.memberCommune.upsert({
      where: { memberId_communeCode: { memberId: ctx.member.id, communeCode } },
      create: { memberId: ctx.member.id, communeCode },
      update: {},
    });
  }
  await tellTheTeam(ctx, communeCode === OUTSIDE ? null : communeCode);
  return reply(ctx.t("onboarding.thanks"));
}

/** A profession written instead of clicked: its label in either language. */
function professionIn(ctx: MessageContext): Profession | undefined {
  const written = fold(ctx.text).replace(/[^a-z ]/g, " ");
  return OFFERED.find((p) =>
    (["fr", "en"] as const).some((locale) => {
      const label = fold(ctx.services.messages.format(locale, professionKey(p))).replace(/[^a-z ]/g, " ");
      return ` ${written} `.includes(` ${label.trim()} `);
    }),
  );
}

/**
 * The onboarding questions as a dialogue step: a profession or a commune typed instead of clicked is
 * taken; any other question is answered as usual (the router's rule) and the buttons stay usable.
 */
export const questionsStep: StepHandler<Questions> = {
  accepts: (questions) => (questions.asked === "commune" ? { entities: ["commune"] } : {}),
  async run(ctx, questions) {
    if (questions.asked === "commune") {
      const commune = ctx.nlu.entities.commune?.[0]?.value;
      return commune ? answerCommune(ctx, commune) : askCommune(ctx, true);
    }
    const profession = professionIn(ctx);
    return profession ? answerProfession(ctx, profession) : askProfession(ctx);
  },
};
