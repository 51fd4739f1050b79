// Cancelling a mission: the coordinator says why (the volunteers concerned are told, the reason stays
// in the history), in a one-field form.
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, ephemeral, type Reply, reply } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { cancelMission } from "./mission-store.ts";

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

/** Cancels mission n with the reason given, and tells the volunteers who held, awaited or were asked a seat. */
export async function cancelFromForm(
  ctx: HandlerContext,
  missionId: number,
  values: Record<string, string>,
): Promise<Reply> {
  const reason = (values.reason ?? "").trim();
  if (!reason) return ephemeral(reply(ctx.t("missions.cancel.noReason")));
  const { services } = ctx;
  const result = await cancelMission(services.db, missionId, reason, {
    actorId: ctx.member.id,
    now: services.clock.now(),
  });
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  const { mission, concerned } = result.value;
  if (concerned.length) {
    await services.outbound.send({
      audience: { memberIds: concerned },
      key: `mission-cancelled:${missionId}`,
      compose: (_recipient, t, locale) => [
        reply(
          t("missions.cancel.notice", {
            id: missionId,
            title: escapeMarkdown(mission.title),
            date: formatDate(mission.startsAt, locale, services.config.timezone),
            reason: escapeMarkdown(reason),
          }),
        ),
      ],
    });
  }
  return reply(ctx.t("missions.cancel.done", { id: missionId, count: concerned.length }));
}
