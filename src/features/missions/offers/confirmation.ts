// What a volunteer holding a seat is given: the dates, the place, whom to reach, and the event as a file
// for their calendar (uploaded where the channel carries files, shown as text elsewhere).
import type { Database } from "../../../core/persistence.ts";
import { type Attachment, context, type Reply, text, withAttachment } from "../../../core/reply.ts";
import {
  type CardContext,
  type MissionContact,
  type MissionWithTags,
  missionCard,
  missionPlace,
} from "../mission-card.ts";
import { icsCalendar } from "./ics.ts";

/** A mission with what its card shows: its tags and its contact. */
export type CardMission = MissionWithTags & { contact: MissionContact | null };

export function loadCardMission(db: Pick<Database, "mission">, missionId: number): Promise<CardMission | null> {
  return db.mission.findUnique({
    where: { id: missionId },
    include: { tags: true, contact: { select: { displayName: true, phone: true } } },
  });
}

/** The mission as a calendar event; its UID stays the same, so a new file updates the event. */
function calendarFile(ctx: CardContext, mission: CardMission, now: Date): Attachment {
  const { t } = ctx;
  const contact = mission.contact
    ? t("missions.calendar.contact", { name: mission.contact.displayName, phone: mission.contact.phone ?? "none" })
    : undefined;
  return {
    filename: `mission-${mission.id}.ics`,
    mimeType: "text/calendar",
    title: t("missions.calendar.title"),
    content: icsCalendar({
      uid: `mission-${mission.id}@reseau-sante-bot`,
      start: mission.startsAt,
      end: mission.endsAt,
      stamp: now,
      summary: t("missions.calendar.summary", { id: mission.id, title: mission.title }),
      description: [mission.description, contact].filter(Boolean).join("\n\n"),
      location: missionPlace(ctx, mission),
    }),
  };
}

/**
 * « C'est noté » (or « une place s'est libérée » for a volunteer promoted from the waitlist), the
 * mission's card with its contact, how to withdraw, and the calendar file.
 */
export function confirmationReply(
  ctx: CardContext,
  mission: CardMission,
  now: Date,
  how: "accepted" | "promoted",
): Reply {
  const card = missionCard(ctx, mission, mission.contact ?? undefined);
  const intro = ctx.t(how === "accepted" ? "missions.confirmed" : "missions.promoted", { id: mission.id });
  return withAttachment(
    { ...card, blocks: [text(intro), ...card.blocks, context(ctx.t("missions.confirmed.after", { id: mission.id }))] },
    calendarFile(ctx, mission, now),
  );
}
