import { Cron } from "croner";
import { IANAZone } from "luxon";
import type { JobKind } from "../core/job-kind.ts";

/**
 * The cron schedules of recurring kinds (`every`), evaluated in the bot's time zone by croner.
 * A `Cron` built without a callback starts no timer: it is only used to compute occurrences, and
 * `nextRun(after)` depends on `after` alone, so the injected clock decides.
 *
 * Daylight saving, as croner does it (Vixie cron's rules, see its README "DST handling"):
 * - a fixed-time expression (one value each for minute and hour, e.g. `0 3 * * *`) keeps its wall
 *   time: 03:00 Paris is 01:00Z in summer and 02:00Z in winter. A time skipped when clocks go
 *   forward (02:30 on the last Sunday of March) runs at the first valid time after the gap, 03:00,
 *   that same day; a time that occurs twice (02:30 on the last Sunday of October) runs once, at
 *   the first occurrence.
 * - an interval expression (`*` or a step, range or list in minutes or hours, e.g. `0 * * * *`)
 *   skips times in the gap and runs on both occurrences of a repeated time.
 */
export class RecurringPlan {
  private readonly schedules = new Map<string, Cron>();

  constructor(
    kinds: readonly JobKind<unknown>[],
    readonly timezone: string,
  ) {
    if (!IANAZone.isValidZone(timezone))
      throw new RangeError(`Scheduler time zone "${timezone}" is not an IANA time zone`);
    for (const kind of kinds) {
      if (kind.every === undefined) continue;
      try {
        this.schedules.set(kind.kind, new Cron(kind.every, { timezone }));
      } catch (error) {
        throw new RangeError(`Job kind "${kind.kind}": "${kind.every}" is not a cron expression`, { cause: error });
      }
      if (!kind.payload.safeParse({}).success) {
        throw new TypeError(
          `Job kind "${kind.kind}" recurs, so its payload schema must accept {} (the payload it is planned with)`,
        );
      }
    }
  }

  kinds(): string[] {
    return [...this.schedules.keys()];
  }

  recurs(kind: string): boolean {
    return this.schedules.has(kind);
  }

  /** The first occurrence strictly after `after`, or null if the expression never fires again. */
  next(kind: string, after: Date): Date | null {
    return this.schedules.get(kind)?.nextRun(after) ?? null;
  }
}

/** Dedupe key of one occurrence: two workers planning the same occurrence insert one row. */
export const occurrenceKey = (kind: string, runAt: Date): string => `${kind}@${runAt.toISOString()}`;
