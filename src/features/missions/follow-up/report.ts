// The volunteer's report after a mission, by the check-in's buttons or in their own words (« c'est fait
// pour la mission 3, 2h30 »), and the question « combien d'heures ? » when the time is missing.
import type {
  ActionHandler,
  HandlerContext,
  IntentHandler,
  MessageContext,
  StepHandler,
} from "../../../core/feature.ts";
import { onAction } from "../../../core/feature.ts";
import { ephemeral, type Reply, reply } from "../../../core/reply.ts";
import { parseDuration } from "../../../util/durations.ts";
import { missionMeant } from "../commitments/mission-meant.ts";
import { checkInQuestion, reportEstimate, reportMissed, reportOtherDuration } from "./check-in.ts";
import { type Outcome, recordOutcome } from "./completion.ts";

export const HOURS_STEP = "missions.hours";
/** « Combien d'heures ? » waits this long for its answer. */
const HOURS_TTL_MINUTES = 24 * 60;

async function report(ctx: HandlerContext, missionId: number, outcome: Outcome): Promise<Reply> {
  const { db, clock } = ctx.services;
  const result = await recordOutcome(db, missionId, ctx.member.id, outcome, clock.now());
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  const { hours, corrected } = result.value;
  ctx.log.info({ missionId, hours, corrected }, "mission reported by its volunteer");
  if (hours === null) return reply(ctx.t("missions.report.missed", { id: missionId }));
  return reply(ctx.t(corrected ? "missions.report.corrected" : "missions.report.done", { id: missionId, hours }));
}

async function askHours(ctx: HandlerContext, missionId: number): Promise<Reply> {
  await ctx.dialogue.expect(HOURS_STEP, { missionId }, HOURS_TTL_MINUTES);
  return reply(ctx.t("missions.report.howLong", { id: missionId }));
}

/** The length of time in a message: its duration entity, or the whole text as hours (« 3 »). */
const minutesIn = (ctx: MessageContext): number | undefined =>
  ctx.nlu.entities.duration?.[0] ? Number(ctx.nlu.entities.duration[0].value) : parseDuration(ctx.text);

/** The answer to « combien d'heures ? »: asked again until it is a length of time. */
export const hoursStep: StepHandler<{ missionId: number }> = {
  accepts: { entities: ["duration"] },
  async run(ctx, { missionId }) {
    const minutes = minutesIn(ctx);
    if (!minutes) return [reply(ctx.t("missions.report.notADuration")), await askHours(ctx, missionId)];
    await ctx.dialogue.end(HOURS_STEP);
    return report(ctx, missionId, { minutes });
  },
};

/**
 * « c'est fait pour la mission 3, 2h30 »: the mission meant (started, a seat held) completed with the
 * time said; without a time, the check-in's question for that mission.
 */
export const completeIntent: IntentHandler = {
  async run(ctx) {
    const now = ctx.services.clock.now();
    const meant = await missionMeant(ctx, ["accepted"], "missions.which.none.complete", (m) => m.startsAt <= now);
    if (!meant.ok) return meant.reply;
    const minutes = minutesIn(ctx);
    if (minutes) return report(ctx, meant.mission.id, { minutes });
    return checkInQuestion(ctx.t, ctx.locale, meant.mission, ctx.member.timezone);
  },
};

export const reportActions: ActionHandler<unknown>[] = [
  onAction(reportEstimate, (ctx, { missionId, minutes }) => report(ctx, missionId, { minutes })),
  onAction(reportOtherDuration, (ctx, missionId) => askHours(ctx, missionId)),
  onAction(reportMissed, (ctx, missionId) => report(ctx, missionId, "missed")),
];
