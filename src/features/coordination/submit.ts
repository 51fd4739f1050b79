import type { HandlerContext } from "../../core/feature.ts";
import { type Reply, reply } from "../../core/reply.ts";
import { formatDateTime } from "../../util/time.ts";
import { notifyCoordinationTeam } from "./notify-team.ts";
import type { RequestDraft } from "./request-form.ts";
import { CoordinationRequests } from "./requests.ts";
import { newRequestForTeam } from "./team-view.ts";
import { UNCLAIMED_JOB, unclaimedKey } from "./unclaimed-reminder.ts";

/** Creates the request from the completed draft, tells the team and plans the unclaimed reminder. */
export async function sendDraft(ctx: HandlerContext, draft: RequestDraft): Promise<Reply[]> {
  const { services, event, member } = ctx;
  const now = services.clock.now();
  await ctx.dialogue.end();
  const request = await new CoordinationRequests(services.db).create(
    {
      requesterId: member.id,
      kind: draft.kind,
      needType: draft.needType ?? "other",
      communeCode: draft.communeCode ?? null,
      urgency: draft.urgency ?? "routine",
      callback: draft.callback ?? "message",
      summary: draft.summary ?? "",
      sourceChannel: event.conversation.channel,
      sourceConversationId: event.conversation.threadId ?? event.conversation.conversationId,
    },
    now,
  );
  await notifyCoordinationTeam(services, [newRequestForTeam(services, request, member)], {
    urgent: request.urgency === "same_day",
  });
  const reminderAt = new Date(now.getTime() + services.config.coordination.reminderMinutes * 60_000);
  await services.scheduler.schedule({
    kind: UNCLAIMED_JOB,
    runAt: reminderAt,
    payload: { requestId: request.id, round: 1 },
    dedupeKey: unclaimedKey(request.id, 1),
  });
  ctx.log.info({ requestId: request.id, urgency: request.urgency, kind: request.kind }, "coordination request created");
  return [
    reply(
      ctx.t("coordination.sent", {
        id: request.id,
        expected: formatDateTime(request.expectedBy!, ctx.locale, services.config.timezone),
      }),
    ),
  ];
}

export async function cancelDraft(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.dialogue.end();
  return [reply(ctx.t("coordination.cancelled"))];
}
