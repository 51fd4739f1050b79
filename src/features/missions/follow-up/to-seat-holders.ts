// What the reminders and the check-in share: a message to everyone holding a seat of the mission, once
// each (the send's key), and a line per volunteer in the mission's history.
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import type { Reply } from "../../../core/reply.ts";
import type { Services } from "../../../core/services.ts";
import { recordEvent } from "../engine/mission-tx.ts";

export async function toSeatHolders(
  services: Services,
  message: {
    missionId: number;
    key: string;
    event: "reminded" | "checked_in";
    detail?: Record<string, unknown>;
    compose: (t: Translate, locale: Locale, memberId: number) => Reply[];
  },
): Promise<number> {
  const { missionId } = message;
  const seats = await services.db.missionAssignment.findMany({
    where: { missionId, status: "accepted" },
    select: { memberId: true },
    orderBy: { id: "asc" },
  });
  if (!seats.length) return 0;
  const sent = await services.outbound.send({
    audience: { memberIds: seats.map((seat) => seat.memberId) },
    key: message.key,
    compose: (member, t, locale) => message.compose(t, locale, member.id),
  });
  if (sent.created === 0) return 0; // sent before (the job ran twice)
  const now = services.clock.now();
  for (const { memberId } of seats) {
    await recordEvent(services.db, {
      missionId,
      kind: message.event,
      at: now,
      memberId,
      ...(message.detail ? { detail: message.detail } : {}),
    });
  }
  return sent.created;
}
