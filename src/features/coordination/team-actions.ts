import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { preferredLocale } from "../../core/members/member-profile.ts";
import { ephemeral, type Reply, reply } from "../../core/reply.ts";
import { CoordinationRequests } from "./requests.ts";

/** A coordinator takes a request; the asker is told who handles it. */
export async function takeRequest(ctx: HandlerContext, requestId: number): Promise<Reply[]> {
  const { services, member } = ctx;
  const result = await new CoordinationRequests(services.db).claim(requestId, member.id, services.clock.now());
  if (!result.ok) return [ephemeral(reply(ctx.t(result.error, result.params)))];
  const request = result.value;
  const asker = await services.members.load(request.requesterId);
  if (asker) {
    const t = services.messages.translator(preferredLocale(asker, services.config.defaultLocale));
    await services.outbound.notify(
      request.requesterId,
      [reply(t("coordination.asker.claimed", { id: request.id, assignee: member.displayName }))],
      { key: `coordination-claimed:${request.id}` },
    );
  }
  // Clicked from the team's notice, this replaces it: the others see it is taken.
  return [{ ...reply(ctx.t("coordination.team.claimed", { id: request.id })), replaceOriginal: true }];
}

/** A coordinator answers; the answer reaches the asker on their channel. */
export async function answerRequest(ctx: HandlerContext, requestId: number, text: string): Promise<Reply[]> {
  const { services, member } = ctx;
  const result = await new CoordinationRequests(services.db).answer(requestId, member.id, text, services.clock.now());
  if (!result.ok) return [ephemeral(reply(ctx.t(result.error, result.params)))];
  const request = result.value;
  const asker = await services.members.load(request.requesterId);
  const locale = asker ? preferredLocale(asker, services.config.defaultLocale) : services.config.defaultLocale;
  const t = services.messages.translator(locale);
  const delivery = await services.outbound.notify(
    request.requesterId,
    [reply(t("coordination.asker.answer", { id: request.id }), escapeMarkdown(text))],
    { urgent: request.urgency === "same_day", key: `coordination-answer:${request.id}` },
  );
  const requester = asker?.displayName ?? "?";
  if (delivery.status === "unreachable") {
    const callback = request.callback ?? "—";
    return [reply(ctx.t("coordination.team.answerUndelivered", { id: request.id, requester, callback }))];
  }
  return [reply(ctx.t("coordination.team.answered", { id: request.id, requester }))];
}
