// « des missions pour moi ? »: the open missions a volunteer can still take, theirs first, each a
// click away from its card.
import { defineAction, noArgs } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { type Button, list, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { type BrowsingVolunteer, browseOrder } from "../engine-seams.ts";
import { missionLine } from "../mission-card.ts";
import { showCard } from "./volunteer-card.ts";

/** « Voir les missions ouvertes ». */
export const browseAction = defineAction("missions:browse", noArgs);

/** Missions shown at once: a chat list stays readable, and each gets its button. */
const SHOWN = 6;

/** What the volunteer already holds, waits for or did: shown by « mes missions », not here. */
const THEIRS = ["accepted", "waitlisted", "completed", "missed"] as const;

/**
 * Open missions with a free seat, not started, still answerable, that the volunteer does not already
 * hold, in the browse order (see {@link browseOrder}).
 */
export async function browseReply(ctx: HandlerContext): Promise<Reply> {
  const { db, clock } = ctx.services;
  const now = clock.now();
  const open = await db.mission.findMany({
    where: {
      status: "open",
      startsAt: { gt: now },
      OR: [{ respondBy: null }, { respondBy: { gt: now } }],
      assignments: { none: { memberId: ctx.member.id, status: { in: [...THEIRS] } } },
    },
    include: { tags: true },
  });
  const withSeats = open.filter((m) => m.seatsTaken < m.seats);
  if (!withSeats.length) return reply(ctx.t("missions.browse.none"));
  const shown = browseOrder(withSeats, await browsingVolunteer(ctx)).slice(0, SHOWN);
  const buttons: Button[] = shown.map((m) => ({
    label: ctx.t("missions.button.more", { id: m.id }),
    actionId: showCard.id(m.id),
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

/** The volunteer's communes, skills, motivations and profession. */
async function browsingVolunteer(ctx: HandlerContext): Promise<BrowsingVolunteer> {
  const tags = await ctx.services.db.memberTag.findMany({
    where: { memberId: ctx.member.id, kind: { in: ["skill", "motivation"] } },
    select: { kind: true, value: true },
  });
  const profession = ctx.member.profession ? [{ kind: "profession", value: ctx.member.profession }] : [];
  return { communes: ctx.member.communes, tags: [...tags, ...profession] };
}
