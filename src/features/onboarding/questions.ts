import type { HandlerContext, MessageContext, StepHandler } from "../../core/feature.ts";
import { type Profession, professionKey } from "../../core/members/member-profile.ts";
import { type Button, type Reply, reply, withButtons } from "../../core/reply.ts";
import { foldedKey } from "../../util/fold.ts";
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

/** The text's words, folded, between spaces: for looking for words in a text. */
const words = (text: string) => ` ${foldedKey(text)} `;

/**
 * A profession written instead of clicked, as the member vocabulary knows it (content/member-vocabulary.yaml):
 * the whole answer in any of its forms ("IDE", "kiné"), or a form of more than three letters within it
 * ("je suis infirmière"), so that short ones ("AS", "MG") are not read inside a sentence.
 */
function professionIn(ctx: MessageContext): Profession | undefined {
  const { professions } = ctx.services.memberVocabulary;
  const whole = professions.exact(ctx.text);
  if (whole && OFFERED.includes(whole)) return whole;
  const written = words(ctx.text);
  return OFFERED.find((p) =>
    professions.forms(p).some((form) => {
      const phrase = words(form);
      return phrase.trim().length > 3 && written.includes(phrase);
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
