// A mission as a volunteer reads it before deciding (« Plus d'infos »): the card, with the contact, and
// the engine's buttons to answer.
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { volunteerCardButtons } from "../engine-seams.ts";
import { missionCard } from "../mission-card.ts";

export const showCard = defineAction("missions:card", idArg);

/** The card of mission n for a volunteer; a draft is nobody's to read but the team's. */
export async function volunteerCard(ctx: HandlerContext, missionId: number): Promise<Reply> {
  const mission = await ctx.services.db.mission.findUnique({
    where: { id: missionId },
    include: { tags: true, contact: { select: { displayName: true } } },
  });
  if (!mission || mission.status === "draft")
    return ephemeral(reply(ctx.t("missions.error.notFound", { id: missionId })));
  const card = missionCard(ctx, mission, mission.contact ?? undefined);
  const closed = mission.status === "cancelled" ? [ctx.t("missions.card.cancelled")] : [];
  return withButtons(reply(...card.blocks, ...closed), ...volunteerCardButtons(ctx, mission));
}
