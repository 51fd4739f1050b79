// After a meeting: it is recorded as held, and the rules that follow a meeting (the minutes within the configured
// delay, the declaration of changed statutes after an extraordinary AG) open their tasks.

import { formatDate } from "../../../util/time.ts";
import type { MeetingRow } from "../meetings/meeting-rules.ts";
import { meetingName } from "../meetings/meeting-view.ts";
import type { Governance } from "../runtime.ts";
import { createSeeds } from "../tasks/task-store.ts";
import { fromRule, type TaskSeed } from "./task-seed.ts";

export async function closeMeeting(gov: Governance, meeting: MeetingRow, endedAt: Date): Promise<void> {
  const { db, clock, config, messages } = gov.services;
  const { count } = await db.meeting.updateMany({
    where: { id: meeting.id, status: { in: ["planned", "convened"] } },
    data: { status: "held", heldAt: endedAt },
  });
  if (count === 0) return;
  const locale = config.defaultLocale;
  const t = messages.translator(locale);
  const name = `${meetingName(meeting, t)} — ${formatDate(meeting.startsAt, locale, gov.zone)}`;
  const seeds: TaskSeed[] = [];
  for (const rule of gov.files.rules) {
    if (!("meetingHeld" in rule.due) || !rule.due.meetingHeld.includes(meeting.kind)) continue;
    const { offsetMonths, offsetDays } = rule.due;
    const change =
      offsetMonths === undefined && offsetDays === undefined
        ? { days: gov.files.association.minutesDelayDays }
        : { months: offsetMonths ?? 0, days: offsetDays ?? 0 };
    const day = gov.clock.shift(gov.clock.dayOf(endedAt), change);
    seeds.push({
      key: `${rule.key}:meeting:${meeting.id}`,
      ...fromRule(rule, locale, { meeting: name }),
      dueAt: gov.clock.closeOf(day),
      meetingId: meeting.id,
    });
  }
  await createSeeds(db, seeds, clock.now());
}
