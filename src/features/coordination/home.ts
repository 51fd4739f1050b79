import type { HandlerContext } from "../../core/feature.ts";
import { hasRole } from "../../core/members/member-profile.ts";
import { list, type Reply, reply, text } from "../../core/reply.ts";
import { requestLine } from "./team-view.ts";

/** Requests from the last weeks shown on the home, answered ones included. */
const RECENT_DAYS = 30;

/** The member's requests of the last weeks, and for coordinators how many wait for the team. */
export async function coordinationHome(ctx: HandlerContext): Promise<Reply | undefined> {
  const { db, clock } = ctx.services;
  const since = new Date(clock.now().getTime() - RECENT_DAYS * 86_400_000);
  const mine = await db.coordinationRequest.findMany({
    where: { requesterId: ctx.member.id, createdAt: { gte: since }, status: { in: ["open", "claimed", "answered"] } },
    orderBy: { createdAt: "desc" },
    take: 5,
    include: { assignee: { select: { displayName: true } } },
  });
  const blocks = [
    text(ctx.t("coordination.home.title")),
    mine.length
      ? list(mine.map((r) => requestLine(ctx, r, r.assignee?.displayName)))
      : text(ctx.t("coordination.home.none")),
  ];
  if (hasRole(ctx.member, "coordinator")) {
    const waiting = await db.coordinationRequest.count({ where: { status: "open" } });
    blocks.push(text(ctx.t("coordination.home.team", { count: waiting })));
  }
  return reply(...blocks);
}
