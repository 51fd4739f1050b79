// « des missions pour moi ? »: the open missions a volunteer can still take, those that fit them best
// first — ranked as offers are (matching/ranking.ts) — each a click away from its card.
import { defineAction, noArgs } from "../../../core/action-id.ts";
import { type ActionHandler, type HandlerContext, onAction } from "../../../core/feature.ts";
import type { Mission, MissionTag } from "../../../core/persistence.ts";
import { requireRole } from "../../../core/preconditions.ts";
import { type Button, list, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { loadVolunteers, missionFacts } from "../matching/candidates.ts";
import { VolunteerRanking } from "../matching/ranking.ts";
import { rankingRules } from "../matching/rules.ts";
import { missionLine } from "../mission-card.ts";
import { missionInfo } from "../offers/actions.ts";

/** « Voir les missions ouvertes ». */
export const browseAction = defineAction("missions:browse", noArgs);

/** Missions shown at once: a chat list stays readable, and each gets its button. */
const SHOWN = 6;

/** What the volunteer already holds, waits for or did (« mes missions » shows them), or said no to. */
const NOT_SHOWN = ["accepted", "waitlisted", "completed", "missed", "declined"] as const;

type OpenMission = Mission & { tags: MissionTag[] };

/**
 * The missions in the order they fit the volunteer, as offers rank them (skills, motivations, place,
 * availability, a « pas mon domaine » before); soonest first among equals, and for a member who is not a
 * volunteer. A mission asking for a profession they do not have comes last.
 */
async function browseOrder(ctx: HandlerContext, missions: OpenMission[]): Promise<OpenMission[]> {
  const { db } = ctx.services;
  const now = ctx.services.clock.now();
  const [volunteer] = await loadVolunteers(db, now, [ctx.member.id]);
  const ranking = volunteer && new VolunteerRanking([volunteer], rankingRules(ctx.services, now));
  const fit = (mission: OpenMission) => ranking?.fitOf(missionFacts(mission), ctx.member.id) ?? -1;
  return missions
    .map((mission) => ({ mission, fit: fit(mission) }))
    .sort((a, b) => b.fit - a.fit || a.mission.startsAt.getTime() - b.mission.startsAt.getTime())
    .map(({ mission }) => mission);
}

/** Open missions with a free seat, not started, still answerable, that the volunteer has not answered. */
export async function browseReply(ctx: HandlerContext): Promise<Reply> {
  const { db, clock } = ctx.services;
  const now = clock.now();
  const open = await db.mission.findMany({
    where: {
      status: "open",
      startsAt: { gt: now },
      OR: [{ respondBy: null }, { respondBy: { gt: now } }],
      assignments: { none: { memberId: ctx.member.id, status: { in: [...NOT_SHOWN] } } },
    },
    include: { tags: true },
  });
  const withSeats = open.filter((m) => m.seatsTaken < m.seats);
  if (!withSeats.length) return reply(ctx.t("missions.browse.none"));
  const shown = (await browseOrder(ctx, withSeats)).slice(0, SHOWN);
  const buttons: Button[] = shown.map((m) => ({
    label: ctx.t("missions.button.more", { id: m.id }),
    actionId: missionInfo.id(m.id),
  }));
  const more =
    withSeats.length > shown.length ? [ctx.t("missions.browse.more", { count: withSeats.length - shown.length })] : [];
  return withButtons(
    reply(
      ctx.t("missions.browse.title", { count: withSeats.length }),
      list(shown.map((m) => missionLine(ctx, m))),
      ...more,
    ),
    ...buttons,
  );
}

/** Open missions are for the network's volunteers (and the team, who keep the catalogue). */
export const browsePreconditions = [
  requireRole("volunteer", "coordinator", "director", { instead: "missions.browse.instead" }),
];

export const browseActions: ActionHandler<unknown>[] = [onAction(browseAction, browseReply, browsePreconditions)];
