// « mes contributions cette année »: what a volunteer gave over a period — missions, hours by kind,
// skills used — in chat and as a file they can attach to a CV or a DPC record.

import { DateTime } from "luxon";
import { defineAction, noArgs } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { Mission, MissionTag } from "../../../core/persistence.ts";
import { type Button, fields, list, type Reply, reply, replyToPlainText, withAttachment } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { MISSION_KINDS } from "../mission-kinds.ts";
import { currentYear, type Period, periodIn } from "./period.ts";

/** « Mon bilan de l'année »: the current year's summary. */
export const contributionsAction = defineAction("missions:contributions", noArgs);

export const contributionsButton = (ctx: HandlerContext): Button => ({
  label: ctx.t("missions.contributions.button"),
  actionId: contributionsAction.id(),
});

type Done = { hoursSpent: number | null; mission: Mission & { tags: MissionTag[] } };

/** The volunteer's missions done in the period, by the day they took place. */
async function missionsDone(ctx: HandlerContext, period: Period): Promise<Done[]> {
  return ctx.services.db.missionAssignment.findMany({
    where: {
      memberId: ctx.member.id,
      status: "completed",
      mission: { startsAt: { ...(period.from ? { gte: period.from } : {}), lt: period.to } },
    },
    select: { hoursSpent: true, mission: { include: { tags: true } } },
    orderBy: { mission: { startsAt: "asc" } },
  });
}

const round = (hours: number) => Math.round(hours * 100) / 100;

/** The summary of the period a message names (everything when it names none). */
export function contributionsFor(ctx: HandlerContext, text: string): Promise<Reply> {
  const { clock, config } = ctx.services;
  return contributionsReply(ctx, periodIn(text, clock.now(), config.timezone));
}

/** « Mon bilan de l'année »: the current year's summary. */
export function contributionsThisYear(ctx: HandlerContext): Promise<Reply> {
  const { clock, config } = ctx.services;
  return contributionsReply(ctx, currentYear(clock.now(), config.timezone));
}

async function contributionsReply(ctx: HandlerContext, period: Period): Promise<Reply> {
  const { t, locale } = ctx;
  const zone = ctx.services.config.timezone;
  const done = await missionsDone(ctx, period);
  const when = periodLabel(ctx, period);
  if (!done.length) return reply(t("missions.contributions.none", { period: when }));
  const total = round(done.reduce((sum, d) => sum + (d.hoursSpent ?? 0), 0));
  const byKind = MISSION_KINDS.flatMap((kind) => {
    const hours = round(done.filter((d) => d.mission.kind === kind).reduce((sum, d) => sum + (d.hoursSpent ?? 0), 0));
    const count = done.filter((d) => d.mission.kind === kind).length;
    return count ? [t("missions.contributions.kind", { kind: t(`missions.kind.${kind}`), count, hours })] : [];
  });
  const skills = skillsUsed(ctx, done);
  const missions = done.map((d) =>
    t("missions.contributions.mission", {
      date: formatDate(d.mission.startsAt, locale, zone),
      title: escapeMarkdown(d.mission.title),
      kind: t(`missions.kind.${d.mission.kind}`),
      hours: d.hoursSpent ?? 0,
    }),
  );
  const summary = reply(
    t("missions.contributions.title", { period: when }),
    fields(
      { label: t("missions.contributions.missions"), value: String(done.length) },
      { label: t("missions.contributions.hours"), value: t("missions.contributions.hoursValue", { hours: total }) },
      ...(skills.length ? [{ label: t("missions.contributions.skills"), value: skills.join(", ") }] : []),
    ),
    t("missions.contributions.byKind"),
    list(byKind),
    t("missions.contributions.detail"),
    list(missions),
  );
  return withAttachment(summary, {
    filename: `${t("missions.contributions.filename")}-${ctx.member.id}-${ctx.services.clock.now().toISOString().slice(0, 10)}.txt`,
    mimeType: "text/plain",
    title: t("missions.contributions.fileTitle"),
    content: attestation(ctx, when, summary),
  });
}

/** The skills the missions asked for, in the member's language, each once, in the vocabulary's order. */
function skillsUsed(ctx: HandlerContext, done: readonly Done[]): string[] {
  const { skills } = ctx.services.memberVocabulary;
  const used = new Set(
    done.flatMap((d) => d.mission.tags.filter((tag) => tag.kind === "skill").map((tag) => tag.value)),
  );
  return skills.keys.filter((key) => used.has(key)).map((key) => skills.label(key, ctx.locale));
}

/** « en 2026 », « depuis le samedi 1 janvier 2026 », « en novembre 2026 », « depuis votre première mission ». */
function periodLabel(ctx: HandlerContext, period: Period): string {
  if (!period.from) return ctx.t("missions.period.all");
  const zone = ctx.services.config.timezone;
  const from = DateTime.fromJSDate(period.from, { zone }).setLocale(ctx.locale === "fr" ? "fr-FR" : "en-GB");
  return ctx.t("missions.period", {
    kind: period.kind,
    date: formatDate(period.from, ctx.locale, zone),
    month: from.toFormat("LLLL yyyy"),
    year: String(from.year),
  });
}

/** The summary as a plain-text file: who, the figures, the missions, and how it was drawn up. */
function attestation(ctx: HandlerContext, period: string, summary: Reply): string {
  const date = formatDate(ctx.services.clock.now(), ctx.locale, ctx.services.config.timezone);
  return [
    ctx.t("missions.contributions.fileHeading", { name: ctx.member.displayName }),
    "",
    replyToPlainText(summary),
    "",
    ctx.t("missions.contributions.fileFooter", { date, period }),
    "",
  ].join("\n");
}
