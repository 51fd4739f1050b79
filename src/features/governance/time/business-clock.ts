// When governance messages may leave: business hours on weekdays, read on the wall clock of the network's zone
// (luxon zones, never fixed offsets, so 09:00 stays 09:00 across both daylight-saving changes).
import { DateTime } from "luxon";

/** A calendar day in the network's zone. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

export interface BusinessHours {
  /** Minutes after local midnight when messages may start, and when they stop (excluded). */
  openMinutes: number;
  closeMinutes: number;
}

const SATURDAY = 6;

export class BusinessClock {
  constructor(
    readonly zone: string,
    private readonly hours: BusinessHours,
  ) {}

  private local(at: Date): DateTime {
    return DateTime.fromJSDate(at, { zone: this.zone });
  }

  private at(day: LocalDay, minutes: number): Date {
    return DateTime.fromObject(
      { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: this.zone },
    ).toJSDate();
  }

  /** Whether `at` is a weekday within business hours. */
  isOpen(at: Date): boolean {
    const local = this.local(at);
    const minutes = local.hour * 60 + local.minute;
    return local.weekday < SATURDAY && minutes >= this.hours.openMinutes && minutes < this.hours.closeMinutes;
  }

  /** `at` when open, else the next opening (a night or a Saturday → the next weekday morning). */
  nextOpening(at: Date): Date {
    if (this.isOpen(at)) return at;
    let day = this.local(at).startOf("day");
    const minutes = this.local(at).hour * 60 + this.local(at).minute;
    if (minutes >= this.hours.openMinutes) day = day.plus({ days: 1 });
    while (day.weekday >= SATURDAY) day = day.plus({ days: 1 });
    return this.at(this.dayOf(day), this.hours.openMinutes);
  }

  /** `at` when open, else the opening of the last business day before it (to keep a notice period). */
  lastOpeningBefore(at: Date): Date {
    if (this.isOpen(at)) return at;
    let day = this.local(at).startOf("day");
    const minutes = this.local(at).hour * 60 + this.local(at).minute;
    if (minutes < this.hours.openMinutes || day.weekday >= SATURDAY) day = day.minus({ days: 1 });
    while (day.weekday >= SATURDAY) day = day.minus({ days: 1 });
    return this.at(this.dayOf(day), this.hours.openMinutes);
  }

  /** The opening time of a day (whatever its weekday). */
  morningOf(day: LocalDay): Date {
    return this.at(day, this.hours.openMinutes);
  }

  /** The closing time of a day: when something due that day is due. */
  closeOf(day: LocalDay): Date {
    return this.at(day, this.hours.closeMinutes);
  }

  dayOf(at: Date | DateTime): LocalDay {
    const local = at instanceof Date ? this.local(at) : at;
    return { year: local.year, month: local.month, day: local.day };
  }

  /** The day `days` (and `months`) after `day`, on the calendar (not 24-hour steps). */
  shift(day: LocalDay, change: { days?: number; months?: number }): LocalDay {
    return this.dayOf(DateTime.fromObject(day, { zone: this.zone }).plus(change));
  }
}

export const isoDay = ({ year, month, day }: LocalDay): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export const parseIsoDay = (text: string): LocalDay | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
};
