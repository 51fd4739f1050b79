// When governance messages may leave: business hours on working days (neither the weekend nor a public holiday),
// read on the wall clock of the network's zone (luxon zones, never fixed offsets, so 09:00 stays 09:00 across both
// daylight-saving changes).
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

/** Whether a day of the network's zone is a public holiday. */
export type HolidayCheck = (day: LocalDay) => boolean;

const SATURDAY = 6;

export class BusinessClock {
  constructor(
    readonly zone: string,
    private readonly hours: BusinessHours,
    private readonly holiday: HolidayCheck = () => false,
  ) {}

  /** Neither a Saturday, a Sunday nor a public holiday. */
  private isWorkingDay(day: DateTime): boolean {
    return day.weekday < SATURDAY && !this.holiday(this.dayOf(day));
  }

  private local(at: Date): DateTime {
    return DateTime.fromJSDate(at, { zone: this.zone });
  }

  /**
   * Answers already computed: placing a wall-clock time in the zone and reading one back is what costs (Intl
   * offsets), and the reminder plan asks the same few days again and again. Forgotten when they grow large.
   */
  private readonly known = new Map<string, number>();

  private remember(key: string, compute: () => number): Date {
    let ms = this.known.get(key);
    if (ms === undefined) {
      if (this.known.size >= 20_000) this.known.clear();
      ms = compute();
      this.known.set(key, ms);
    }
    return new Date(ms);
  }

  private at(day: LocalDay, minutes: number): Date {
    return this.remember(`${isoDay(day)}@${minutes}`, () =>
      DateTime.fromObject(
        { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
        { zone: this.zone },
      ).toMillis(),
    );
  }

  /** Whether `at` is within business hours of a working day. */
  isOpen(at: Date): boolean {
    const local = this.local(at);
    const minutes = local.hour * 60 + local.minute;
    return this.isWorkingDay(local) && minutes >= this.hours.openMinutes && minutes < this.hours.closeMinutes;
  }

  /** `at` when open, else the next opening (a night, a weekend or a holiday → the next working morning). */
  nextOpening(at: Date): Date {
    return this.remember(`next@${at.getTime()}`, () => {
      if (this.isOpen(at)) return at.getTime();
      const local = this.local(at);
      let day = local.startOf("day");
      if (local.hour * 60 + local.minute >= this.hours.openMinutes) day = day.plus({ days: 1 });
      while (!this.isWorkingDay(day)) day = day.plus({ days: 1 });
      return this.at(this.dayOf(day), this.hours.openMinutes).getTime();
    });
  }

  /** `at` when open, else the opening of the last working day before it (to keep a notice period). */
  lastOpeningBefore(at: Date): Date {
    if (this.isOpen(at)) return at;
    const local = this.local(at);
    let day = local.startOf("day");
    if (local.hour * 60 + local.minute < this.hours.openMinutes || !this.isWorkingDay(day))
      day = day.minus({ days: 1 });
    while (!this.isWorkingDay(day)) day = day.minus({ days: 1 });
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
    // Calendar arithmetic needs no zone: on UTC's calendar it is the same, without computing offsets.
    return this.dayOf(DateTime.fromObject(day, { zone: "utc" }).plus(change));
  }
}

export const isoDay = ({ year, month, day }: LocalDay): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export const parseIsoDay = (text: string): LocalDay | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
};
