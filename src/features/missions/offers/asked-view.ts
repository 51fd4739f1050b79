// The coordinator's view of a mission's offers: who was asked, when, what they answered, and why they were
// ranked where they were (the score and its reasons as they stood when the offer went out).
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { AssignmentStatus, Database } from "../../../core/persistence.ts";
import { list, type Reply, reply } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import { explainForCoordinator } from "../matching/explain.ts";
import type { Reason } from "../matching/ranking.ts";
import type { CardContext } from "../mission-card.ts";
import { missionLine } from "../mission-card.ts";

export interface AskedRow {
  memberId: number;
  name: string;
  status: AssignmentStatus;
  /** "offer": the bot asked them; "self": they took the mission on their own. */
  via: "offer" | "self";
  offeredAt: Date | null;
  expiresAt: Date | null;
  respondedAt: Date | null;
  acceptedAt: Date | null;
  waitlistedAt: Date | null;
  withdrawnAt: Date | null;
  declineReason: string | null;
  withdrawReason: string | null;
  /** The ranking when the offer went out; null for volunteers who came on their own. */
  ranked: { score: number; reasons: Reason[] } | null;
}

export interface AskedView {
  mission: NonNullable<Awaited<ReturnType<Database["mission"]["findUnique"]>>>;
  rows: AskedRow[];
}

/** Who was asked for the mission, in the order they were asked (then those who came on their own). */
export async function missionAskedView(db: Database, missionId: number): Promise<AskedView | undefined> {
  const mission = await db.mission.findUnique({ where: { id: missionId } });
  if (!mission) return undefined;
  const [assignments, offers] = await Promise.all([
    db.missionAssignment.findMany({
      where: { missionId },
      include: { member: { select: { displayName: true } } },
      orderBy: [{ offeredAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    db.missionEvent.findMany({ where: { missionId, kind: "offered" }, orderBy: { id: "asc" } }),
  ]);
  const ranking = new Map(
    offers.map((event) => {
      const { score, reasons } = JSON.parse(event.detail ?? "{}") as { score: number; reasons: Reason[] };
      return [event.memberId, { score, reasons }];
    }),
  );
  const rows = assignments.map(({ member, ...a }) => ({
    memberId: a.memberId,
    name: member.displayName,
    status: a.status,
    via: a.offeredAt ? ("offer" as const) : ("self" as const),
    offeredAt: a.offeredAt,
    expiresAt: a.expiresAt,
    respondedAt: a.respondedAt,
    acceptedAt: a.acceptedAt,
    waitlistedAt: a.waitlistedAt,
    withdrawnAt: a.withdrawnAt,
    declineReason: a.declineReason,
    withdrawReason: a.withdrawReason,
    ranked: ranking.get(a.memberId) ?? null,
  }));
  return { mission, rows };
}

/** « **Inès Garnier** — sollicitée le … · a accepté le … — score 9 : … ». */
export function askedLine(ctx: CardContext, row: AskedRow): string {
  const when = (at: Date | null) => (at ? formatDateTime(at, ctx.locale) : "");
  const answer = ctx.t(`missions.asked.status.${row.status}`, {
    at: when(row.acceptedAt ?? row.respondedAt ?? row.withdrawnAt ?? row.expiresAt),
    reason: row.declineReason ? ctx.t(`missions.decline.${row.declineReason}`) : "none",
  });
  const asked =
    row.via === "offer" ? ctx.t("missions.asked.offered", { at: when(row.offeredAt) }) : ctx.t("missions.asked.self");
  const why = row.ranked ? ` — ${explainForCoordinator(ctx, row.ranked.score, row.ranked.reasons)}` : "";
  return `**${escapeMarkdown(row.name)}** — ${asked} · ${answer}${why}`;
}

/** The view as a reply (the « qui a été sollicité ? » button). */
export function askedReply(ctx: CardContext, view: AskedView): Reply {
  const { mission, rows } = view;
  if (rows.length === 0) return reply(missionLine(ctx, mission), ctx.t("missions.asked.nobody"));
  return reply(
    missionLine(ctx, mission),
    ctx.t("missions.asked.title", { count: rows.length }),
    list(rows.map((row) => askedLine(ctx, row))),
  );
}
