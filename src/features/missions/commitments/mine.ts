// « mes missions »: what a volunteer committed to, by where it stands — coming up, to confirm after the
// day, on the waiting list, offered and awaiting their answer, done with the hours given.
import type { HandlerContext } from "../../../core/feature.ts";
import type { Mission, MissionAssignment } from "../../../core/persistence.ts";
import { type Block, type Button, list, type Reply, reply, text, withButtons } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import { missionLine } from "../mission-card.ts";
import { missionInfo } from "../offers/actions.ts";
import { contributionsButton } from "../recognition/contributions.ts";
import { browseAction } from "./browse.ts";

type Held = MissionAssignment & { mission: Mission };

/** Missions done shown here; the contributions summary has them all. */
const DONE_SHOWN = 5;
const CARD_BUTTONS = 6;

export async function mineReply(ctx: HandlerContext): Promise<Reply> {
  const { db, clock } = ctx.services;
  const now = clock.now();
  const held = await db.missionAssignment.findMany({
    where: { memberId: ctx.member.id, status: { in: ["accepted", "waitlisted", "offered", "completed", "missed"] } },
    include: { mission: true },
    orderBy: { mission: { startsAt: "asc" } },
  });
  const live = held.filter((a) => a.mission.status !== "cancelled");
  const accepted = live.filter((a) => a.status === "accepted");
  const groups: [string, Held[], (a: Held) => Promise<string> | string][] = [
    ["upcoming", accepted.filter((a) => a.mission.endsAt > now), (a) => missionLine(ctx, a.mission, { seats: false })],
    [
      "toConfirm",
      accepted.filter((a) => a.mission.endsAt <= now),
      (a) => missionLine(ctx, a.mission, { seats: false }),
    ],
    ["waitlisted", live.filter((a) => a.status === "waitlisted"), (a) => waitlistLine(ctx, a)],
    ["offered", live.filter((a) => a.status === "offered"), (a) => offeredLine(ctx, a)],
    ["done", doneLast(live), (a) => doneLine(ctx, a)],
  ];
  const blocks: Block[] = [];
  for (const [group, assignments, line] of groups) {
    if (!assignments.length) continue;
    blocks.push(text(ctx.t(`missions.mine.${group}`)), list(await Promise.all(assignments.map(line))));
  }
  if (!blocks.length) return withButtons(reply(ctx.t("missions.mine.none")), browseHint(ctx));
  const cards: Button[] = [...groups[0]![1], ...groups[3]![1]]
    .slice(0, CARD_BUTTONS)
    .map((a) => ({ label: ctx.t("missions.button.more", { id: a.missionId }), actionId: missionInfo.id(a.missionId) }));
  return withButtons(reply(ctx.t("missions.mine.title"), ...blocks), ...cards, contributionsButton(ctx));
}

/** The latest missions done (or that did not happen), most recent last. */
const doneLast = (held: Held[]) =>
  held.filter((a) => a.status === "completed" || a.status === "missed").slice(-DONE_SHOWN);

async function waitlistLine(ctx: HandlerContext, a: Held): Promise<string> {
  const ahead = await ctx.services.db.missionAssignment.count({
    where: { missionId: a.missionId, status: "waitlisted", waitlistedAt: { lt: a.waitlistedAt ?? new Date(0) } },
  });
  return `${missionLine(ctx, a.mission, { seats: false })} · ${ctx.t("missions.mine.position", { position: ahead + 1 })}`;
}

function offeredLine(ctx: HandlerContext, a: Held): string {
  const until = a.expiresAt ?? a.mission.respondBy;
  const by = until
    ? ` · ${ctx.t("missions.mine.answerBy", { at: formatDateTime(until, ctx.locale, ctx.services.config.timezone) })}`
    : "";
  return `${missionLine(ctx, a.mission, { seats: false })}${by}`;
}

function doneLine(ctx: HandlerContext, a: Held): string {
  const what =
    a.status === "missed"
      ? ctx.t("missions.mine.missed")
      : ctx.t("missions.mine.hours", { hours: a.hoursSpent ?? a.mission.estimatedHours ?? 0 });
  return `${missionLine(ctx, a.mission, { seats: false })} · ${what}`;
}

/** « Voir les missions ouvertes », for a volunteer who holds none. */
const browseHint = (ctx: HandlerContext): Button => ({
  label: ctx.t("missions.button.browse"),
  actionId: browseAction.id(),
});
