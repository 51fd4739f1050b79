// How a mission reads in chat: one line in a list, or its card (an offer, « plus d'infos », a
// confirmation). Shared by the catalogue, the offers and the commitments.
import type { Translate } from "../../core/i18n.ts";
import type { Locale } from "../../core/locale.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { Mission, MissionTag } from "../../core/persistence.ts";
import { type Field, fields, type Reply, reply, text } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { formatDate, formatDateTime, formatTime } from "../../util/time.ts";

export type MissionWithTags = Mission & { tags: MissionTag[] };

/** What a card needs to speak: the member's language and the network's vocabularies. */
export interface CardContext {
  t: Translate;
  locale: Locale;
  services: Pick<Services, "territory" | "memberVocabulary">;
}

/** « samedi 12 décembre 2026, 09:00–12:00 », or both ends in full when it spans several days. */
function missionWhen(mission: Pick<Mission, "startsAt" | "endsAt">, locale: Locale): string {
  const { startsAt, endsAt } = mission;
  if (formatDate(startsAt, locale) === formatDate(endsAt, locale)) {
    return `${formatDate(startsAt, locale)}, ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`;
  }
  return `${formatDateTime(startsAt, locale)} → ${formatDateTime(endsAt, locale)}`;
}

/** « à distance », the commune's name, or « tout le territoire ». */
function missionWhere(ctx: CardContext, mission: Pick<Mission, "remote" | "communeCode">): string {
  if (mission.remote) return ctx.t("missions.where.remote");
  if (mission.communeCode) return ctx.services.territory.nameOf(mission.communeCode);
  return ctx.t("missions.where.territory");
}

/** Where it happens, in plain text: the place and its commune, or « à distance ». */
export function missionPlace(ctx: CardContext, mission: Pick<Mission, "remote" | "communeCode" | "place">): string {
  if (!mission.place) return missionWhere(ctx, mission);
  return mission.remote ? mission.place : `${mission.place} (${missionWhere(ctx, mission)})`;
}

/** Whom to reach about a mission: their name, and their professional number when there is one. */
export interface MissionContact {
  displayName: string;
  phone?: string | null;
}

const seatsLeft = (mission: Pick<Mission, "seats" | "seatsTaken">): number =>
  Math.max(0, mission.seats - mission.seatsTaken);

/**
 * « **Mission 3** — Former des IDE… · samedi 12 décembre 2026 · Vitry-sur-Seine · 3 h · 2 places »;
 * without the seats left where they mean nothing (a volunteer's own missions).
 */
export function missionLine(ctx: CardContext, mission: Mission, options: { seats?: boolean } = {}): string {
  return ctx.t(options.seats === false ? "missions.line.short" : "missions.line", {
    id: mission.id,
    title: escapeMarkdown(mission.title),
    date: formatDate(mission.startsAt, ctx.locale),
    where: missionWhere(ctx, mission),
    hours: mission.estimatedHours ?? "none",
    seats: seatsLeft(mission),
  });
}

/** The labels of a mission's tags of one kind, in the member's language. */
function tagLabels(ctx: CardContext, mission: MissionWithTags, kind: MissionTag["kind"]): string[] {
  const { memberVocabulary: v } = ctx.services;
  const section = { skill: v.skills, motivation: v.motivations, profession: v.professions, interest: v.skills }[kind];
  return mission.tags.filter((tag) => tag.kind === kind).map((tag) => section.label(tag.value, ctx.locale));
}

/** Everything a volunteer needs to decide: what, when, where, how long, for whom, until when to answer. */
export function missionCard(ctx: CardContext, mission: MissionWithTags, contact?: MissionContact): Reply {
  const { t, locale } = ctx;
  const entries: Field[] = [
    { label: t("missions.field.kind"), value: t(`missions.kind.${mission.kind}`) },
    { label: t("missions.field.when"), value: missionWhen(mission, locale) },
    { label: t("missions.field.where"), value: escapeMarkdown(missionPlace(ctx, mission)) },
  ];
  if (mission.estimatedHours) {
    entries.push({ label: t("missions.field.hours"), value: t("missions.hours", { hours: mission.estimatedHours }) });
  }
  entries.push({
    label: t("missions.field.seats"),
    value: t("missions.seats", { left: seatsLeft(mission), seats: mission.seats }),
  });
  const skills = [...tagLabels(ctx, mission, "profession"), ...tagLabels(ctx, mission, "skill")];
  if (skills.length) entries.push({ label: t("missions.field.skills"), value: skills.join(", ") });
  if (mission.respondBy) {
    entries.push({ label: t("missions.field.respondBy"), value: formatDateTime(mission.respondBy, locale) });
  }
  if (contact) {
    const reach = contact.phone ? `${contact.displayName} · ${contact.phone}` : contact.displayName;
    entries.push({ label: t("missions.field.contact"), value: escapeMarkdown(reach) });
  }
  return reply(
    t("missions.title", { id: mission.id, title: escapeMarkdown(mission.title) }),
    text(escapeMarkdown(mission.description)),
    fields(...entries),
  );
}
