// After the end, each volunteer who held a seat is asked, once, whether the mission happened and how
// long it took: « Oui, ~3 h », « Oui, autre durée », « Non, ça n'a pas eu lieu ».
import { z } from "zod";
import { defineAction, idArg } from "../../../core/action-id.ts";
import type { JobKind } from "../../../core/feature.ts";
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { preferredLocale } from "../../../core/members/member-profile.ts";
import type { Mission } from "../../../core/persistence.ts";
import { type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { recordEvent } from "../catalogue/mission-store.ts";
import { checkInTime } from "./follow-up-times.ts";

const CHECK_IN_JOB = "missions.check-in";

/** « Oui, ~3 h »: mission and minutes; « Oui, autre durée »; « Non, ça n'a pas eu lieu ». */
export const reportEstimate = defineAction("missions:done", {
  encode: ({ missionId, minutes }: { missionId: number; minutes: number }) => [String(missionId), String(minutes)],
  decode: ([mission, minutes, ...rest]) =>
    rest.length || !/^\d{1,9}$/.test(mission ?? "") || !/^\d{1,5}$/.test(minutes ?? "")
      ? undefined
      : { missionId: Number(mission), minutes: Number(minutes) },
});
export const reportOtherDuration = defineAction("missions:other-duration", idArg);
export const reportMissed = defineAction("missions:missed", idArg);

const payload = z.object({
  missionId: z.number().int().positive(),
  memberId: z.number().int().positive(),
  /** The end it was planned for: a mission moved since gets a new check-in, this one is dropped. */
  endsAt: z.string(),
});

/** One check-in per mission, volunteer and end. */
const checkInKey = (missionId: number, memberId: number, endsAt: Date) =>
  `mission-check-in:${missionId}:${memberId}:${endsAt.toISOString()}`;

/** The question, with its three answers; the estimate's button only when the mission has one. */
export function checkInQuestion(t: Translate, locale: Locale, mission: Mission, zone: string): Reply {
  const question = t("missions.checkIn", {
    id: mission.id,
    title: escapeMarkdown(mission.title),
    date: formatDate(mission.startsAt, locale, zone),
  });
  const estimate = mission.estimatedHours
    ? [
        {
          label: t("missions.checkIn.estimate", { hours: mission.estimatedHours }),
          actionId: reportEstimate.id({ missionId: mission.id, minutes: Math.round(mission.estimatedHours * 60) }),
          style: "primary" as const,
        },
      ]
    : [];
  return withButtons(
    reply(question),
    ...estimate,
    { label: t("missions.checkIn.other"), actionId: reportOtherDuration.id(mission.id) },
    { label: t("missions.checkIn.missed"), actionId: reportMissed.id(mission.id) },
  );
}

export const missionCheckIn: JobKind<z.infer<typeof payload>> = {
  kind: CHECK_IN_JOB,
  payload,
  async run({ missionId, memberId, endsAt }, { services, log }) {
    const assignment = await services.db.missionAssignment.findUnique({
      where: { missionId_memberId: { missionId, memberId } },
      include: { mission: true },
    });
    const member = await services.members.load(memberId);
    // Already reported (« c'est fait pour la mission 3 »), withdrawn, or the mission was cancelled.
    if (assignment?.status !== "accepted" || !member || assignment.mission.status === "cancelled") return;
    if (assignment.mission.endsAt.toISOString() !== endsAt) return; // moved: the sweep planned a new one
    const locale = preferredLocale(member, services.config.defaultLocale);
    const question = checkInQuestion(services.messages.translator(locale), locale, assignment.mission, member.timezone);
    await services.outbound.notify(memberId, [question], {
      key: checkInKey(missionId, memberId, assignment.mission.endsAt),
    });
    await recordEvent(services.db, missionId, "checked_in", { actorId: null, now: services.clock.now() }, { memberId });
    log.info({ missionId, memberId }, "mission check-in asked");
  },
};

/** The check-in of one seat, in the volunteer's evening after the end. */
export const checkInRequest = (a: { missionId: number; memberId: number; endsAt: Date; zone: string }) => ({
  kind: CHECK_IN_JOB,
  runAt: checkInTime(a.endsAt, a.zone),
  payload: { missionId: a.missionId, memberId: a.memberId, endsAt: a.endsAt.toISOString() },
  dedupeKey: checkInKey(a.missionId, a.memberId, a.endsAt),
});
