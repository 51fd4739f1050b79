// The meeting part of a sweep: convocations and day-before reminders due, meetings over.
import type { JobContext } from "../../../core/feature.ts";

import { closeMeeting } from "../calendar/after-meeting.ts";
import type { Governance } from "../runtime.ts";
import { sendConvocation, sendMeetingReminder } from "./convocation.ts";
import { convocationAt, endOf, reminderAt, rulesOf } from "./meeting-rules.ts";

type Logger = JobContext["log"];

export async function sweepMeetings(gov: Governance, log: Logger): Promise<void> {
  const { db, clock } = gov.services;
  const now = clock.now();
  const meetings = await db.meeting.findMany({
    where: { status: { in: ["planned", "convened"] } },
    orderBy: { startsAt: "asc" },
  });
  for (const meeting of meetings) {
    const rules = rulesOf(gov.files.association, meeting);
    const end = endOf(meeting, rules);
    if (now >= end) {
      await closeMeeting(gov, meeting, end);
      continue;
    }
    if (now >= meeting.startsAt) continue;
    if (meeting.status === "planned" && now >= convocationAt(gov.clock, rules, meeting.startsAt)) {
      await sendConvocation(gov, meeting, log);
      meeting.status = "convened";
    }
    if (meeting.status === "convened" && now >= reminderAt(gov.clock, meeting.startsAt))
      await sendMeetingReminder(gov, meeting);
  }
}
