// `/missions` for the coordination team and the director: how many missions in each state, the live ones
// soonest first, each a click away from its card; a state named after the command lists that state.
import type { HandlerContext } from "../../../core/feature.ts";
import type { MissionStatus } from "../../../core/persistence.ts";
import { type Button, ephemeral, list, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { fold } from "../../../util/fold.ts";
import { missionLine } from "../mission-card.ts";
import { missionFormButton } from "./mission-form.ts";
import { showTeamCard } from "./team-card.ts";

const STATUSES: readonly MissionStatus[] = ["draft", "open", "full", "in_progress", "done", "cancelled"];
/** The states where something is still to be done, shown by `/missions` alone. */
const LIVE: readonly MissionStatus[] = ["draft", "open", "full", "in_progress"];
/** Missions listed at once, and buttons to their cards: a chat list stays readable. */
const LISTED = 15;
const CARD_BUTTONS = 8;

/** How a state is named after `/missions` (« brouillons », « terminées », « done »…). */
const STATUS_WORDS: Record<MissionStatus, string[]> = {
  draft: ["brouillon", "brouillons", "draft", "drafts"],
  open: ["ouverte", "ouvertes", "publiee", "publiees", "open"],
  full: ["complete", "completes", "full"],
  in_progress: ["en cours", "in progress", "ongoing"],
  done: ["terminee", "terminees", "faites", "done", "finished"],
  cancelled: ["annulee", "annulees", "cancelled", "canceled"],
};

/** The state a word after `/missions` names, if any. */
export function statusNamed(written: string): MissionStatus | undefined {
  const word = fold(written).trim();
  return STATUSES.find((status) => STATUS_WORDS[status].includes(word));
}

/** The counts by state, the live missions and the button to create one. */
export async function catalogueOverview(ctx: HandlerContext): Promise<Reply> {
  const { db } = ctx.services;
  const grouped = await db.mission.groupBy({ by: ["status"], _count: { _all: true } });
  const count = (status: MissionStatus) => grouped.find((g) => g.status === status)?._count._all ?? 0;
  const counts = STATUSES.map((status) => ctx.t("missions.catalogue.count", { status, count: count(status) }));
  const missions = await db.mission.findMany({
    where: { status: { in: [...LIVE] } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: LISTED,
  });
  const lines = missions.map((m) => `${missionLine(ctx, m)} · ${ctx.t("missions.status", { status: m.status })}`);
  const blocks = [ctx.t("missions.catalogue.title"), counts.join(" · ")];
  const body = missions.length ? reply(...blocks, list(lines)) : reply(...blocks, ctx.t("missions.catalogue.empty"));
  return ephemeral(withButtons(body, ...cardButtons(ctx, missions), await newMissionButton(ctx)));
}

/** The missions in one state, soonest first. */
export async function catalogueByStatus(ctx: HandlerContext, status: MissionStatus): Promise<Reply> {
  const missions = await ctx.services.db.mission.findMany({
    where: { status },
    orderBy: [{ startsAt: status === "done" || status === "cancelled" ? "desc" : "asc" }, { id: "asc" }],
    take: LISTED,
  });
  const title = ctx.t("missions.catalogue.byStatus", { status, count: missions.length });
  if (!missions.length) return ephemeral(reply(title));
  return ephemeral(
    withButtons(reply(title, list(missions.map((m) => missionLine(ctx, m)))), ...cardButtons(ctx, missions)),
  );
}

/** « Créer une mission »: opens the empty form. */
export const newMissionButton = (ctx: HandlerContext): Promise<Button> =>
  missionFormButton(ctx, ctx.t("missions.button.new"), {});

const cardButtons = (ctx: HandlerContext, missions: readonly { id: number }[]): Button[] =>
  missions
    .slice(0, CARD_BUTTONS)
    .map((m) => ({ label: ctx.t("missions.button.card", { id: m.id }), actionId: showTeamCard.id(m.id) }));
