// The messages an event calls for, sent by the `missions.tell` job once the event is committed: to the
// volunteers it concerns, and to the mission's contact (the coordination team when it has none). Keyed by
// the event, so a job run twice sends nothing twice.

import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { MissionEvent } from "../../../core/persistence.ts";
import { type Reply, reply, withButtons } from "../../../core/reply.ts";
import type { Services } from "../../../core/services.ts";
import { formatDate } from "../../../util/time.ts";
import { tellSendKey } from "../engine/follow-ups.ts";
import type { CardContext } from "../mission-card.ts";
import { joinWaitlist, whoWasAsked } from "./actions.ts";
import { type CardMission, confirmationReply, loadCardMission } from "./confirmation.ts";

type Detail = Record<string, unknown>;
type ComposeForMember = (memberId: number, ctx: CardContext) => Reply[];

async function toMembers(services: Services, event: MissionEvent, memberIds: number[], compose: ComposeForMember) {
  if (memberIds.length === 0) return;
  await services.outbound.send({
    audience: { memberIds },
    key: tellSendKey(event.id, "members"),
    compose: (member, t, locale) => compose(member.id, { t, locale, services }),
  });
}

/** To the mission's contact, else (no contact, or one who left) to the coordination team. */
async function toContact(
  services: Services,
  mission: CardMission,
  event: MissionEvent,
  compose: (t: Translate, locale: Locale) => Reply[],
) {
  const key = tellSendKey(event.id, "contact");
  if (mission.contactId) {
    const sent = await services.outbound.send({
      audience: { memberIds: [mission.contactId] },
      key,
      compose: (_member, t, locale) => compose(t, locale),
    });
    if (sent.created + sent.alreadyThere > 0) return;
  }
  await services.team.tell(compose, { dedupeKey: key });
}

async function namesOf(services: Services, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await services.db.member.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((row) => [row.id, escapeMarkdown(row.displayName)]));
}

const heading = (mission: CardMission) => ({ id: mission.id, title: escapeMarkdown(mission.title) });
const askedButton = (t: Translate, missionId: number) => ({
  label: t("missions.button.asked"),
  actionId: whoWasAsked.id(missionId),
});

async function withdrawn(services: Services, mission: CardMission, event: MissionEvent, detail: Detail) {
  const promotedId = typeof detail.promotedId === "number" ? detail.promotedId : null;
  const names = await namesOf(services, [event.memberId!, ...(promotedId ? [promotedId] : [])]);
  const reason = typeof detail.reason === "string" ? detail.reason : null;
  await toContact(services, mission, event, (t) => {
    const why = reason === "member_left" ? t("missions.notice.memberLeft") : reason ? escapeMarkdown(reason) : "none";
    const next = promotedId
      ? t("missions.notice.promotedNext", { name: names.get(promotedId) ?? "?" })
      : t(detail.backToMatching ? "missions.notice.backToMatching" : "missions.notice.seatStaysFree");
    return [
      withButtons(
        reply(
          t("missions.notice.withdrawn", { ...heading(mission), name: names.get(event.memberId!) ?? "?", reason: why }),
          next,
        ),
        askedButton(t, mission.id),
      ),
    ];
  });
}

async function full(services: Services, mission: CardMission, event: MissionEvent, detail: Detail) {
  const holders = await services.db.missionAssignment.findMany({
    where: { missionId: mission.id, status: "accepted" },
    select: { memberId: true },
    orderBy: { acceptedAt: "asc" },
  });
  const names = await namesOf(
    services,
    holders.map((h) => h.memberId),
  );
  await toContact(services, mission, event, (t) => [
    withButtons(
      reply(t("missions.notice.full", { ...heading(mission), names: [...names.values()].join(", ") })),
      askedButton(t, mission.id),
    ),
  ]);
  const closed = Array.isArray(detail.closedOffers) ? (detail.closedOffers as number[]) : [];
  await toMembers(services, event, closed, (_id, { t }) => [
    withButtons(reply(t("missions.notice.closedOffer", heading(mission))), {
      label: t("missions.button.waitlist"),
      actionId: joinWaitlist.id(mission.id),
    }),
  ]);
}

async function deadline(services: Services, mission: CardMission, event: MissionEvent) {
  const rows = await services.db.missionAssignment.groupBy({
    by: ["status"],
    where: { missionId: mission.id, offeredAt: { not: null } },
    _count: true,
  });
  const count = (status: string) => rows.find((row) => row.status === status)?._count ?? 0;
  await toContact(services, mission, event, (t) => [
    withButtons(
      reply(
        t("missions.notice.deadline", { ...heading(mission), taken: mission.seatsTaken, seats: mission.seats }),
        t("missions.notice.deadline.asked", {
          asked: rows.reduce((sum, row) => sum + row._count, 0),
          accepted: count("accepted") + count("waitlisted"),
          declined: count("declined"),
          lapsed: count("expired"),
        }),
      ),
      askedButton(t, mission.id),
    ),
  ]);
}

async function cancelled(services: Services, mission: CardMission, event: MissionEvent, detail: Detail) {
  const concerned = Array.isArray(detail.concerned) ? (detail.concerned as { memberId: number; status: string }[]) : [];
  const wasOffered = new Set(concerned.filter((c) => c.status === "offered").map((c) => c.memberId));
  const reason = typeof detail.reason === "string" ? escapeMarkdown(detail.reason) : "none";
  await toMembers(
    services,
    event,
    concerned.map((c) => c.memberId),
    (memberId, { t, locale }) => {
      const params = { ...heading(mission), date: formatDate(mission.startsAt, locale), reason };
      return [
        reply(t(wasOffered.has(memberId) ? "missions.notice.cancelledOffer" : "missions.notice.cancelled", params)),
      ];
    },
  );
}

/** Sends what the event calls for (the `missions.tell` job). */
export async function tellAboutEvent(services: Services, eventId: number): Promise<void> {
  const event = await services.db.missionEvent.findUnique({ where: { id: eventId } });
  const mission = event && (await loadCardMission(services.db, event.missionId));
  if (!event || !mission) return;
  const detail = (event.detail ? JSON.parse(event.detail) : {}) as Detail;
  switch (event.kind) {
    case "promoted":
      return toMembers(services, event, [event.memberId!], (_id, ctx) => [
        confirmationReply(ctx, mission, services.clock.now(), "promoted"),
      ]);
    case "withdrawn":
      return withdrawn(services, mission, event, detail);
    case "full":
      return full(services, mission, event, detail);
    case "deadline":
      return deadline(services, mission, event);
    case "cancelled":
      return cancelled(services, mission, event, detail);
  }
}
