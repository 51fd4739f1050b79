// Sending a meeting's convocation (to the voting members with the RSVP buttons, to the invited without) and
// its reminder the day before, once each (the send key), in business hours (the sweep only runs then).

import type { JobContext } from "../../../core/feature.ts";
import { LOCALES, type Locale } from "../../../core/locale.ts";
import type { Reply } from "../../../core/reply.ts";
import { withButtons } from "../../../core/reply.ts";

import type { Governance } from "../runtime.ts";
import { completeTask } from "../tasks/task-store.ts";
import { convenedOf, type MeetingRow, rulesOf } from "./meeting-rules.ts";
import { meetingCard, meetingName, proposeButton, rsvpButtons } from "./meeting-view.ts";

type Logger = JobContext["log"];

const DAY_MS = 86_400_000;

/** The meeting's card in each language, led by `leadKey`. */
async function cards(gov: Governance, meeting: MeetingRow, leadKey: string): Promise<Record<Locale, Reply>> {
  const out = {} as Record<Locale, Reply>;
  for (const locale of LOCALES) {
    const t = gov.services.messages.translator(locale);
    out[locale] = await meetingCard(
      gov.services.db,
      meeting,
      { t, locale, zone: gov.zone },
      {
        lead: t(leadKey, { name: meetingName(meeting, t) }),
      },
    );
  }
  return out;
}

export async function sendConvocation(gov: Governance, meeting: MeetingRow, log: Logger): Promise<void> {
  const { db, outbound, clock } = gov.services;
  const { association } = gov.files;
  const { voting, invited } = await convenedOf(db, rulesOf(association, meeting));
  const votingIds = new Set(voting.map((m) => m.id));
  const card = await cards(gov, meeting, "governance.convocation.title");
  const sent = await outbound.send({
    audience: { memberIds: [...voting, ...invited].map((m) => m.id) },
    key: `governance:convocation:${meeting.id}`,
    compose: (member, t, locale) => [
      votingIds.has(member.id)
        ? withButtons(card[locale], ...rsvpButtons(meeting, association, t), proposeButton(meeting, t))
        : withButtons({
            ...card[locale],
            blocks: [...card[locale].blocks, { kind: "context", markdown: t("governance.convocation.invited") }],
          }),
    ],
  });
  await db.meeting.updateMany({
    where: { id: meeting.id, status: "planned" },
    data: { status: "convened", convenedAt: clock.now() },
  });
  await completeConvocationTask(gov, meeting);
  log.info({ meetingId: meeting.id, ...sent }, "meeting convened");
}

/** The day before: to the voting members who did not say they are absent or gave their proxy, and the invited. */
export async function sendMeetingReminder(gov: Governance, meeting: MeetingRow): Promise<void> {
  const { db, outbound } = gov.services;
  const { voting, invited } = await convenedOf(db, rulesOf(gov.files.association, meeting));
  const away = new Set(
    (
      await db.meetingAttendance.findMany({ where: { meetingId: meeting.id, answer: { in: ["absent", "proxy"] } } })
    ).map((a) => a.memberId),
  );
  const card = await cards(gov, meeting, "governance.meeting.reminder");
  await outbound.send({
    audience: { memberIds: [...voting, ...invited].filter((m) => !away.has(m.id)).map((m) => m.id) },
    key: `governance:meeting-reminder:${meeting.id}`,
    compose: (_member, _t, locale) => [card[locale]],
  });
}

/** The AG's convocation sent through the bot completes the calendar's « convene the AG » task of that year. */
async function completeConvocationTask(gov: Governance, meeting: MeetingRow): Promise<void> {
  if (meeting.kind !== "ag") return;
  const { db, clock } = gov.services;
  const near = {
    gte: new Date(meeting.startsAt.getTime() - 120 * DAY_MS),
    lte: new Date(meeting.startsAt.getTime() + 30 * DAY_MS),
  };
  const task = await db.governanceTask.findFirst({ where: { ruleKey: "ag-convocation", status: "open", dueAt: near } });
  const note = gov.services.messages.translator(gov.services.config.defaultLocale)("governance.convocation.byBot");
  if (task) await completeTask(db, task.id, { memberId: null, note }, clock.now(), gov.zone);
}
