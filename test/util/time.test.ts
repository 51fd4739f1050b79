import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatTime,
  instantsOfLocalTime,
  parseLocalDateTime,
  relativeDay,
} from "../../src/util/time.ts";

// Tests of src/util/time.ts (kept next to the scheduler's, its main user).
describe("display time", () => {
  const summer = new Date("2026-03-30T07:05:00Z");

  it("formats in Paris time, in French and English", () => {
    expect(formatDate(summer, "fr")).toBe("lundi 30 mars 2026");
    expect(formatDate(summer, "en")).toMatch(/^Monday,? 30 March 2026$/);
    expect(formatTime(summer, "fr")).toBe("09:05");
    expect(formatTime(summer, "en")).toBe("09:05");
    expect(formatTime(new Date("2026-01-15T08:00:00Z"), "fr")).toBe("09:00");
    expect(formatDateTime(summer, "fr")).toBe("lundi 30 mars 2026 à 09:05");
    expect(formatDateTime(summer, "en")).toMatch(/30 March 2026 at 09:05$/);
    expect(formatTime(summer, "fr", "America/Cayenne")).toBe("04:05");
  });

  it("names calendar days in the zone, not 24-hour spans", () => {
    const now = new Date("2026-03-29T21:00:00Z"); // 23:00 in Paris
    expect(relativeDay(new Date("2026-03-29T22:30:00Z"), now, "fr")).toBe("demain"); // 00:30 the next day
    expect(relativeDay(new Date("2026-03-29T22:30:00Z"), now, "en")).toBe("tomorrow");
    expect(relativeDay(new Date("2026-03-29T06:00:00Z"), now, "fr")).toBe("aujourd’hui");
    expect(relativeDay(new Date("2026-03-28T12:00:00Z"), now, "en")).toBe("yesterday");
    expect(relativeDay(new Date("2026-04-01T12:00:00Z"), now, "fr")).toBe("dans 3 jours");
  });

  it("reads a local date-time as UTC, whatever the season the process started in", () => {
    expect(parseLocalDateTime("2026-01-15T09:00").toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(parseLocalDateTime("2026-03-30T09:00").toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(parseLocalDateTime("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(parseLocalDateTime("2026-03-29T02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z"); // skipped: 03:30
    expect(parseLocalDateTime("2026-10-25T02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z"); // twice: the first
    expect(parseLocalDateTime("2026-10-25T02:30+01:00").toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(parseLocalDateTime("2026-01-15T09:00", "America/New_York").toISOString()).toBe("2026-01-15T14:00:00.000Z");
  });

  it("lists both instants of a local time that occurs twice", () => {
    expect(instantsOfLocalTime({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Paris").map((d) => d.toISOString())).toEqual([
      "2026-10-25T00:30:00.000Z",
      "2026-10-25T01:30:00.000Z",
    ]);
  });

  it("refuses what it cannot read", () => {
    expect(() => parseLocalDateTime("30/03/2026 09:00")).toThrow(RangeError);
    expect(() => parseLocalDateTime("2026-03-30T09:00", "Nowhere/Land")).toThrow(RangeError);
  });
});
