import type { HandlerContext } from "../../core/feature.ts";
import { type Reply, reply } from "../../core/reply.ts";
import { formatDateTime } from "../../util/time.ts";
import type { RequestDraft } from "./draft.ts";
import { FORM_STEP } from "./request-form.ts";
import { CoordinationRequests } from "./requests.ts";
import { coordinationSettings } from "./settings.ts";
import { newRequestForTeam } from "./team-view.ts";
import { UNCLAIMED_JOB, unclaimedKey } from "./unclaimed-reminder.ts";

/** Creates the request from the completed draft, tells the team and plans the unclaimed reminder. */
export async function sendDraft(ctx: HandlerContext, draft: RequestDraft): Promise<Reply[]> {
  const { services, event, member } = ctx;
  const now = services.clock.now();
  await ctx.dialogue.end(FORM_STEP);
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
  await services.team.tell((t, locale) => [newRequestForTeam(services, t, locale, request, member)], {
    urgent: request.urgency === "same_day",
    dedupeKey: `coordination-new:${request.id}`,
  });
  const { reminderMinutes } = services.config.settings.of(coordinationSettings);
  await services.scheduler.schedule({
    kind: UNCLAIMED_JOB,
    runAt: new Date(now.getTime() + reminderMinutes * 60_000),
    payload: { requestId: request.id, round: 1 },
    dedupeKey: unclaimedKey(request.id, 1),
  });
  ctx.log.info({ requestId: request.id, urgency: request.urgency, kind: request.kind }, "coordination request created");
  const expected = formatDateTime(request.expectedBy!, ctx.locale, services.config.timezone);
  return [reply(ctx.t("coordination.sent", { id: request.id, expected }))];
}

export async function cancelDraft(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.dialogue.end(FORM_STEP);
  return [reply(ctx.t("coordination.cancelled"))];
}
