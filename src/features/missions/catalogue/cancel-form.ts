// Cancelling a mission: the coordinator says why (the volunteers concerned are told, the reason stays
// in the history), in a one-field form.
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { type Button, ephemeral, type Reply, reply } from "../../../core/reply.ts";
import { cancelMission } from "../engine/lifecycle.ts";

export const cancelForm = defineAction("missions:cancel", idArg);

export const cancelButton = (ctx: HandlerContext, missionId: number): Button => ({
  label: ctx.t("missions.button.cancel"),
  actionId: cancelForm.id(missionId),
  style: "danger",
  opensForm: {
    actionId: cancelForm.id(missionId),
    title: ctx.t("missions.cancel.title", { id: missionId }),
    submitLabel: ctx.t("missions.cancel.submit"),
    fields: [{ name: "reason", label: ctx.t("missions.cancel.reason"), kind: "paragraph" }],
  },
});

/**
 * Cancels mission n with the reason given; the engine tells the volunteers who held, awaited or were
 * asked a seat.
 */
export async function cancelFromForm(
  ctx: HandlerContext,
  missionId: number,
  values: Record<string, string>,
): Promise<Reply> {
  const reason = (values.reason ?? "").trim();
  if (!reason) return ephemeral(reply(ctx.t("missions.cancel.noReason")));
  const now = ctx.services.clock.now();
  const result = await cancelMission(ctx.services, { missionId, actorId: ctx.member.id, reason, now });
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  return reply(ctx.t("missions.cancel.done", { id: missionId, count: result.value.told }));
}
