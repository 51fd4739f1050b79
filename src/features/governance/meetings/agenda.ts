// Agenda items: a convened member proposes one; the président(s), the secrétaire général, the director or a
// coordinator accept or decline it; accepted items are in the convocation and the meeting's card.
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { AGENDA_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { acceptItemAction, declineItemAction } from "./meeting-actions.ts";
import { convenedOf, rulesOf } from "./meeting-rules.ts";
import { meetingName } from "./meeting-view.ts";

export async function proposeItem(
  ctx: HandlerContext,
  gov: Governance,
  meetingId: number,
  values: Record<string, string>,
): Promise<Reply> {
  const { db, outbound } = ctx.services;
  const title = (values.item ?? "").trim();
  if (title.length < 3) return ephemeral(reply(ctx.t("governance.agenda.error.empty")));
  const meeting = await db.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting || meeting.status === "held" || meeting.status === "cancelled")
    return ephemeral(reply(ctx.t("governance.rsvp.closed")));
  const { voting, invited } = await convenedOf(db, rulesOf(gov.files.association, meeting));
  if (![...voting, ...invited].some((m) => m.id === ctx.member.id))
    return ephemeral(reply(ctx.t("governance.rsvp.notConvened", { name: meetingName(meeting, ctx.t) })));
  const item = await db.agendaItem.create({ data: { meetingId, title, proposedById: ctx.member.id } });
  await outbound.send({
    audience: { roles: [...AGENDA_ROLES.filter((r) => r !== "coordinator")] },
    key: `governance:agenda:${item.id}`,
    compose: (_member, t) => [
      withButtons(
        reply(
          t("governance.agenda.proposed", {
            who: escapeMarkdown(ctx.member.displayName),
            item: escapeMarkdown(title),
            name: meetingName(meeting, t),
          }),
        ),
        { label: t("governance.agenda.accept"), actionId: acceptItemAction.id(item.id), style: "primary" },
        { label: t("governance.agenda.decline"), actionId: declineItemAction.id(item.id) },
      ),
    ],
  });
  ctx.log.info({ meetingId, itemId: item.id }, "agenda item proposed");
  return reply(ctx.t("governance.agenda.thanks", { item: escapeMarkdown(title), name: meetingName(meeting, ctx.t) }));
}

export async function decideItem(ctx: HandlerContext, itemId: number, status: "accepted" | "declined"): Promise<Reply> {
  const { db, outbound } = ctx.services;
  const { count } = await db.agendaItem.updateMany({ where: { id: itemId, status: "proposed" }, data: { status } });
  const item = await db.agendaItem.findUnique({ where: { id: itemId }, include: { meeting: true } });
  if (!item) return ephemeral(reply(ctx.t("core.error.staleAction")));
  if (count === 0) return ephemeral(reply(ctx.t("governance.agenda.already", { item: escapeMarkdown(item.title) })));
  if (item.proposedById && item.proposedById !== ctx.member.id) {
    await outbound.send({
      audience: { memberIds: [item.proposedById] },
      key: `governance:agenda-decided:${item.id}`,
      compose: (_m, t) => [
        reply(
          t(`governance.agenda.${status}.proposer`, {
            item: escapeMarkdown(item.title),
            name: meetingName(item.meeting, t),
          }),
        ),
      ],
    });
  }
  return {
    ...reply(ctx.t(`governance.agenda.${status}`, { item: escapeMarkdown(item.title) })),
    replaceOriginal: true,
  };
}
