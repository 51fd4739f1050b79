// The month in missions, for the coordination team and the board, posted on the first of each month:
// open missions, time to fill, acceptance rate, active volunteers, hours by kind.
import { DateTime } from "luxon";
import { z } from "zod";
import type { JobKind } from "../../../core/feature.ts";
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { BOARD_ROLES } from "../../../core/members/role-changes.ts";
import type { Database, MissionKind, Role } from "../../../core/persistence.ts";
import { fields, list, type Reply, reply } from "../../../core/reply.ts";
import { MISSION_KINDS } from "../mission-kinds.ts";

const OVERVIEW_JOB = "missions.overview";

/** Besides the coordination team (told through the core), who reads the overview. */
const READERS: readonly Role[] = ["director", ...BOARD_ROLES];

export interface MonthFigures {
  /** Missions open now (taking volunteers). */
  open: number;
  /** Missions that became full during the month, and the median hours from publishing to full. */
  filled: number;
  medianHoursToFill: number | null;
  /** Offers made during the month that were answered or lapsed, and how many were accepted. */
  offersSettled: number;
  offersAccepted: number;
  /** Volunteers who took a seat or did a mission during the month. */
  activeVolunteers: number;
  /** Hours reported for missions that took place during the month, by kind. */
  hoursByKind: Partial<Record<MissionKind, number>>;
}

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The figures of the month [from, to). */
async function monthFigures(db: Database, from: Date, to: Date): Promise<MonthFigures> {
  const inMonth = { gte: from, lt: to };
  const [open, filled, offers, seats, done] = await Promise.all([
    db.mission.count({ where: { status: "open" } }),
    db.mission.findMany({
      where: { filledAt: inMonth, openedAt: { not: null } },
      select: { openedAt: true, filledAt: true },
    }),
    db.missionAssignment.findMany({ where: { offeredAt: inMonth }, select: { acceptedAt: true, status: true } }),
    db.missionAssignment.findMany({ where: { acceptedAt: inMonth }, select: { memberId: true } }),
    db.missionAssignment.findMany({
      where: { status: "completed", mission: { startsAt: inMonth } },
      select: { memberId: true, hoursSpent: true, mission: { select: { kind: true } } },
    }),
  ]);
  const settled = offers.filter((o) => o.acceptedAt || o.status === "declined" || o.status === "expired");
  const hoursByKind: Partial<Record<MissionKind, number>> = {};
  for (const d of done) hoursByKind[d.mission.kind] = (hoursByKind[d.mission.kind] ?? 0) + (d.hoursSpent ?? 0);
  const toFill = filled.map((m) => (m.filledAt!.getTime() - m.openedAt!.getTime()) / 3600_000);
  return {
    open,
    filled: filled.length,
    medianHoursToFill: median(toFill),
    offersSettled: settled.length,
    offersAccepted: settled.filter((o) => o.acceptedAt).length,
    activeVolunteers: new Set([...seats, ...done].map((a) => a.memberId)).size,
    hoursByKind,
  };
}

/** The overview as the team and the board read it. */
function overviewReply(t: Translate, month: string, figures: MonthFigures): Reply {
  const rate = figures.offersSettled ? Math.round((100 * figures.offersAccepted) / figures.offersSettled) : null;
  const toFill = figures.medianHoursToFill;
  const kinds = MISSION_KINDS.filter((kind) => figures.hoursByKind[kind]).map((kind) =>
    t("missions.overview.kind", {
      kind: t(`missions.kind.${kind}`),
      hours: Math.round(figures.hoursByKind[kind]! * 10) / 10,
    }),
  );
  return reply(
    t("missions.overview.title", { month }),
    fields(
      { label: t("missions.overview.open"), value: String(figures.open) },
      {
        label: t("missions.overview.toFill"),
        value:
          toFill === null
            ? "—"
            : t("missions.overview.toFillValue", { count: figures.filled, days: Math.round((toFill / 24) * 10) / 10 }),
      },
      {
        label: t("missions.overview.acceptance"),
        value:
          rate === null
            ? "—"
            : t("missions.overview.acceptanceValue", {
                rate,
                accepted: figures.offersAccepted,
                settled: figures.offersSettled,
              }),
      },
      { label: t("missions.overview.volunteers"), value: String(figures.activeVolunteers) },
    ),
    t("missions.overview.hours"),
    kinds.length ? list(kinds) : t("missions.overview.noHours"),
  );
}

/** « novembre 2026 » in `locale`. */
const monthName = (from: DateTime, locale: Locale) =>
  from.setLocale(locale === "fr" ? "fr-FR" : "en-GB").toFormat("LLLL yyyy");

/** On the first of the month, the month just ended, to the team and the board, once. */
export const monthlyOverview: JobKind<Record<string, never>> = {
  kind: OVERVIEW_JOB,
  payload: z.object({}).strict(),
  every: "0 9 1 * *",
  // Found late (the bot was down on the 1st), it is still worth reading.
  stale: { afterMs: 7 * 86_400_000, action: "run" },
  async run(_payload, { services, job, log }) {
    const zone = services.config.timezone;
    const from = DateTime.fromJSDate(job.runAt, { zone }).startOf("month").minus({ months: 1 });
    const to = from.plus({ months: 1 });
    const figures = await monthFigures(services.db, from.toJSDate(), to.toJSDate());
    const key = `missions-overview:${from.toFormat("yyyy-MM")}`;
    const compose = (t: Translate, locale: Locale) => [overviewReply(t, monthName(from, locale), figures)];
    await services.team.tell(compose, { dedupeKey: key });
    await services.outbound.send({
      audience: { roles: READERS },
      key: `${key}:board`,
      compose: (_m, t, locale) => compose(t, locale),
    });
    log.info({ month: from.toFormat("yyyy-MM"), ...figures }, "missions overview posted");
  },
};
