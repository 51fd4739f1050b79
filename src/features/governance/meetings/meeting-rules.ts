// What the statutes say of a meeting (association.yaml): who is convened, with or without a vote, and when the
// convocation, the reminder and the end come, in business hours.
import type { Database } from "../../../core/persistence.ts";
import type { AssociationConfig, MeetingRules } from "../config/association-file.ts";
import { BOARD_ROLES } from "../roles.ts";
import { holdersOf } from "../tasks/task-store.ts";
import type { BusinessClock } from "../time/business-clock.ts";

export type MeetingRow = NonNullable<Awaited<ReturnType<Database["meeting"]["findUnique"]>>>;
export interface Person {
  id: number;
  displayName: string;
}

export const rulesOf = (association: AssociationConfig, meeting: Pick<MeetingRow, "kind">): MeetingRules =>
  association.meetings[meeting.kind];

/** The members with a vote (every member for an AG, else the positions convened) and those invited without. */
export async function convenedOf(db: Database, rules: MeetingRules): Promise<{ voting: Person[]; invited: Person[] }> {
  const voting = await holdersOf(db, rules.everyMember ? ["member", ...BOARD_ROLES] : rules.convened);
  const votingIds = new Set(voting.map((m) => m.id));
  const invited = rules.invited.length ? (await holdersOf(db, rules.invited)).filter((m) => !votingIds.has(m.id)) : [];
  return { voting, invited };
}

/** The convocation leaves `noticeDays` before, on the last business morning not after that: never late. */
export function convocationAt(clock: BusinessClock, rules: MeetingRules, startsAt: Date): Date {
  const day = clock.shift(clock.dayOf(startsAt), { days: -rules.noticeDays });
  return clock.lastOpeningBefore(clock.morningOf(day));
}

/** The reminder goes the business morning before the day of the meeting. */
export function reminderAt(clock: BusinessClock, startsAt: Date): Date {
  return clock.lastOpeningBefore(clock.morningOf(clock.shift(clock.dayOf(startsAt), { days: -1 })));
}

export const endOf = (meeting: Pick<MeetingRow, "startsAt" | "endsAt">, rules: MeetingRules): Date =>
  meeting.endsAt ?? new Date(meeting.startsAt.getTime() + rules.durationMinutes * 60_000);
