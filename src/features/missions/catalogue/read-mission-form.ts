// A submitted mission form read into a mission's fields, or every problem in the coordinator's language:
// the form opens again as it was filled, so nothing typed is lost.
import type { HandlerContext } from "../../../core/feature.ts";
import { parseDuration } from "../../../util/durations.ts";
import { KIND_MOTIVATION, MISSION_KINDS } from "../mission-kinds.ts";
import { REMOTE, TERRITORY } from "./mission-form.ts";
import type { MissionFields, MissionTagKind } from "./mission-store.ts";
import { readDeadline, readMissionTimes, type TimesOptions } from "./mission-times.ts";

const MAX_TITLE = 120;
const MAX_SEATS = 50;

export type ReadForm = { ok: true; fields: MissionFields } | { ok: false; problems: string[] };

/**
 * Reads the form. `keepStart`: the mission's current start, which may be past (a mission under way
 * edited): it is kept without being refused.
 */
export function readMissionForm(ctx: HandlerContext, values: Record<string, string>, keepStart?: Date): ReadForm {
  const problems: string[] = [];
  const value = (name: string) => (values[name] ?? "").trim();
  const title = value("title").replace(/\s+/g, " ");
  if (!title || title.length > MAX_TITLE) problems.push(ctx.t("missions.form.error.title", { max: MAX_TITLE }));
  const description = value("description");
  if (!description) problems.push(ctx.t("missions.form.error.description"));
  const kind = MISSION_KINDS.find((k) => k === value("kind"));
  if (!kind) problems.push(ctx.t("missions.form.error.kind"));
  const tags = readProfile(ctx, value("profile"), problems);
  const where = value("where");
  const communeCode = where && ctx.services.territory.commune(where) ? where : null;
  if (!communeCode && where !== REMOTE && where !== TERRITORY) problems.push(ctx.t("missions.form.error.where"));
  const times = readTimes(ctx, value("when"), value("ends"), keepStart);
  if (!times.ok) problems.push(times.problem);
  const hours = readHours(ctx, value("hours"), problems);
  const seats = /^\d{1,2}$/.test(value("seats")) ? Number(value("seats")) : 0;
  if (seats < 1 || seats > MAX_SEATS) problems.push(ctx.t("missions.form.error.seats", { max: MAX_SEATS }));
  const respondBy = readRespondBy(ctx, value("respond_by"), times.ok ? times.startsAt : undefined, problems);
  const contact = Number(value("contact"));
  if (problems.length || !kind || !times.ok || respondBy === undefined || hours === undefined)
    return { ok: false, problems };
  const motivation = KIND_MOTIVATION[kind];
  return {
    ok: true,
    fields: {
      title,
      description,
      kind,
      tags: [...tags, ...(motivation ? [{ kind: "motivation" as const, value: motivation }] : [])],
      communeCode,
      remote: where === REMOTE,
      place: value("place") || null,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      estimatedHours: hours,
      seats,
      respondBy,
      contactId: Number.isInteger(contact) && contact > 0 ? contact : null,
    },
  };
}

type Times = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; problem: string };

function readTimes(ctx: HandlerContext, when: string, ends: string, keepStart: Date | undefined): Times {
  const read = readMissionTimes(when, ends, { ...timesOptions(ctx), ...(keepStart ? { keepStart } : {}) });
  if (read.ok) return read;
  return { ok: false, problem: ctx.t(`missions.form.error.${read.problem}`, { when, ends }) };
}

/** Dates are read in the network's zone, in the coordinator's language first. */
const timesOptions = (ctx: HandlerContext): TimesOptions => ({
  zone: ctx.services.config.timezone,
  now: ctx.services.clock.now(),
  locales: ctx.locale === "fr" ? ["fr", "en"] : ["en", "fr"],
});

/** Skills and professions asked for, each however it is written; an unknown word is a problem with the closest ones. */
function readProfile(ctx: HandlerContext, written: string, problems: string[]) {
  const { professions, skills } = ctx.services.memberVocabulary;
  const tags: { kind: MissionTagKind; value: string }[] = [];
  for (const word of written.split(/[,;|/]|\s+(?:et|and)\s+/i).map((w) => w.trim())) {
    if (!word) continue;
    const profession = professions.resolve(word);
    const skill = skills.resolve(word);
    if (profession.ok) tags.push({ kind: "profession", value: profession.value });
    else if (skill.ok) tags.push({ kind: "skill", value: skill.value });
    else {
      const closest = [
        ...profession.closest.map((k) => professions.label(k, ctx.locale)),
        ...skill.closest.map((k) => skills.label(k, ctx.locale)),
      ];
      problems.push(ctx.t("missions.form.error.profile", { word, closest: closest.slice(0, 3).join(", ") || "—" }));
    }
  }
  return tags.filter((tag, i) => tags.findIndex((t) => t.kind === tag.kind && t.value === tag.value) === i);
}

/** Estimated hours: empty is « not said »; undefined when unreadable (reported). */
function readHours(ctx: HandlerContext, written: string, problems: string[]): number | null | undefined {
  if (!written) return null;
  const minutes = parseDuration(written);
  if (minutes !== undefined) return Math.round((minutes / 60) * 100) / 100;
  problems.push(ctx.t("missions.form.error.hours", { written }));
  return undefined;
}

/** The answer deadline: before the start, after now; empty is none. */
function readRespondBy(
  ctx: HandlerContext,
  written: string,
  startsAt: Date | undefined,
  problems: string[],
): Date | null | undefined {
  if (!written) return null;
  const { clock } = ctx.services;
  const at = readDeadline(written, timesOptions(ctx));
  const problem = !at
    ? "missions.form.error.respondBy"
    : at <= clock.now()
      ? "missions.form.error.respondByPast"
      : startsAt && at > startsAt
        ? "missions.form.error.respondByAfterStart"
        : undefined;
  if (!problem) return at;
  problems.push(ctx.t(problem, { written }));
  return undefined;
}
