// Succession: from the « call for candidates » task, the board invites the members to stand; a member's
// « Je suis candidat·e » is recorded in the task's history and told to the secrétaire général.
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { BOARD_ROLES } from "../roles.ts";
import { recordEvent } from "../tasks/task-store.ts";

export const inviteCandidatesAction = defineAction("governance:invite-candidates", idArg);
export const standAction = defineAction("governance:stand", idArg);
const SUCCESSION_RULE = "mandate-succession";

export async function inviteCandidates(ctx: HandlerContext, taskId: number): Promise<Reply> {
  const { db, outbound, clock } = ctx.services;
  const task = await db.governanceTask.findUnique({ where: { id: taskId } });
  if (task?.ruleKey !== SUCCESSION_RULE || task.status !== "open")
    return ephemeral(reply(ctx.t("governance.task.notOpen")));
  const sent = await outbound.send({
    audience: { roles: ["member", ...BOARD_ROLES] },
    key: `governance:call-for-candidates:${taskId}`,
    compose: (_member, t) => [
      withButtons(reply(t("governance.candidates.call", { title: escapeMarkdown(task.title) })), {
        label: t("governance.candidates.stand"),
        actionId: standAction.id(taskId),
        style: "primary",
      }),
    ],
  });
  await recordEvent(
    db,
    taskId,
    "candidates_called",
    clock.now(),
    { invited: sent.created + sent.alreadyThere },
    ctx.member.id,
  );
  return reply(ctx.t("governance.candidates.called", { count: sent.created + sent.alreadyThere }));
}

export async function stand(ctx: HandlerContext, taskId: number): Promise<Reply> {
  const { db, outbound, clock } = ctx.services;
  const task = await db.governanceTask.findUnique({ where: { id: taskId } });
  if (task?.ruleKey !== SUCCESSION_RULE || task.status !== "open")
    return ephemeral(reply(ctx.t("governance.candidates.closed")));
  const already = await db.governanceEvent.findFirst({ where: { taskId, kind: "candidacy", actorId: ctx.member.id } });
  if (!already)
    await recordEvent(db, taskId, "candidacy", clock.now(), { name: ctx.member.displayName }, ctx.member.id);
  await outbound.send({
    audience: { roles: ["board_secretary"] },
    key: `governance:candidacy:${taskId}:${ctx.member.id}`,
    compose: (_member, t) => [
      reply(
        t("governance.candidates.toSecretary", {
          name: escapeMarkdown(ctx.member.displayName),
          title: escapeMarkdown(task.title),
        }),
      ),
    ],
  });
  return { ...reply(ctx.t("governance.candidates.thanks")), replaceOriginal: true };
}
