// When a volunteer can give time, as `Member.availability` holds it: JSON {"slots": [...], "hoursPerMonth": N}.
// One reader and one writer, shared by the member file, the coordinators' card and the member's own profile,
// so that none of them drops what another wrote.
import { z } from "zod";

export interface Availability {
  /** Keys of the vocabulary's `availability` section ("weekend", "weekday_evening"…), in the order given. */
  slots: string[];
  /** Hours a month the volunteer can give at most; absent when they did not say. */
  hoursPerMonth?: number;
}

const stored = z.object({
  slots: z.array(z.string()).catch([]),
  hoursPerMonth: z.number().int().positive().optional().catch(undefined),
});

/** The availability a column holds; none when unset or unreadable (written by hand or by an older version). */
export function readAvailability(column: string | null): Availability {
  if (!column) return { slots: [] };
  try {
    const parsed = stored.safeParse(JSON.parse(column));
    if (!parsed.success) return { slots: [] };
    const { slots, hoursPerMonth } = parsed.data;
    return hoursPerMonth === undefined ? { slots } : { slots, hoursPerMonth };
  } catch {
    return { slots: [] };
  }
}

/** The column for an availability: null when it says nothing. */
export function writeAvailability(availability: Availability): string | null {
  const { slots, hoursPerMonth } = availability;
  if (!slots.length && hoursPerMonth === undefined) return null;
  return JSON.stringify(hoursPerMonth === undefined ? { slots } : { slots, hoursPerMonth });
}

/** The slots of `Member.availability`; none when unset or unreadable. */
export const slotsOf = (column: string | null): string[] => readAvailability(column).slots;
