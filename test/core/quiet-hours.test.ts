import { describe, expect, it } from "vitest";
import { isQuiet, type QuietHours, quietHoursEnd } from "../../src/core/quiet-hours.ts";

const PARIS = "Europe/Paris";
const NIGHT: QuietHours = { start: "22:00", end: "07:00" };

/** [instant, quiet?, end of the quiet hours (the instant itself when not quiet)] */
type Case = [at: string, quiet: boolean, end: string];

const check = (quiet: QuietHours, zone: string, cases: Case[]) => {
  for (const [at, expectedQuiet, expectedEnd] of cases) {
    expect(isQuiet(quiet, zone, new Date(at)), `quiet at ${at}`).toBe(expectedQuiet);
    expect(quietHoursEnd(quiet, zone, new Date(at)).toISOString(), `end seen from ${at}`).toBe(
      new Date(expectedEnd).toISOString(),
    );
  }
};

describe("quiet hours", () => {
  it("wrap over midnight: from the start included to the end excluded", () => {
    check(NIGHT, PARIS, [
      ["2026-01-15T20:59:59Z", false, "2026-01-15T20:59:59Z"], // 21:59:59 winter time
      ["2026-01-15T21:00:00Z", true, "2026-01-16T06:00:00Z"], // 22:00
      ["2026-01-15T23:30:00Z", true, "2026-01-16T06:00:00Z"], // 00:30, the next day
      ["2026-01-16T05:59:00Z", true, "2026-01-16T06:00:00Z"],
      ["2026-01-16T06:00:00Z", false, "2026-01-16T06:00:00Z"], // 07:00
    ]);
  });

  it("last 8 hours the night clocks go forward (2026-03-29)", () => {
    check(NIGHT, PARIS, [
      ["2026-03-28T21:00:00Z", true, "2026-03-29T05:00:00Z"], // 22:00 winter time → 07:00 summer time
      ["2026-03-29T00:59:00Z", true, "2026-03-29T05:00:00Z"], // 01:59, just before the change
      ["2026-03-29T01:00:00Z", true, "2026-03-29T05:00:00Z"], // 03:00, just after
      ["2026-03-29T05:00:00Z", false, "2026-03-29T05:00:00Z"],
    ]);
  });

  it("last 10 hours the night clocks go back (2026-10-25), through both 02:30s", () => {
    check(NIGHT, PARIS, [
      ["2026-10-24T19:59:00Z", false, "2026-10-24T19:59:00Z"],
      ["2026-10-24T20:00:00Z", true, "2026-10-25T06:00:00Z"], // 22:00 summer time → 07:00 winter time
      ["2026-10-25T00:30:00Z", true, "2026-10-25T06:00:00Z"], // first 02:30
      ["2026-10-25T01:30:00Z", true, "2026-10-25T06:00:00Z"], // second 02:30
      ["2026-10-25T06:00:00Z", false, "2026-10-25T06:00:00Z"],
    ]);
  });

  it("within a day (12:00–14:00)", () => {
    check({ start: "12:00", end: "14:00" }, PARIS, [
      ["2026-07-01T09:59:00Z", false, "2026-07-01T09:59:00Z"],
      ["2026-07-01T10:00:00Z", true, "2026-07-01T12:00:00Z"], // 12:00 summer time
      ["2026-07-01T12:00:00Z", false, "2026-07-01T12:00:00Z"],
      ["2026-07-01T21:00:00Z", false, "2026-07-01T21:00:00Z"],
    ]);
  });

  it("end at a time clocks skip: the same instant as without the change (02:30 → 03:30 summer time)", () => {
    check({ start: "23:00", end: "02:30" }, PARIS, [["2026-03-28T23:00:00Z", true, "2026-03-29T01:30:00Z"]]);
  });

  it("end at a time that occurs twice: the first one still ahead", () => {
    check({ start: "23:00", end: "02:30" }, PARIS, [
      ["2026-10-24T22:00:00Z", true, "2026-10-25T00:30:00Z"], // 00:00 summer time → first 02:30
      ["2026-10-25T00:45:00Z", false, "2026-10-25T00:45:00Z"], // 02:45 summer time
      ["2026-10-25T01:10:00Z", true, "2026-10-25T01:30:00Z"], // 02:10 again, winter time → second 02:30
    ]);
  });

  it("are read on the member's own clock", () => {
    // 04:30 in Paris, 22:30 the evening before in New York (winter time, UTC−5).
    check(NIGHT, "America/New_York", [["2026-01-15T03:30:00Z", true, "2026-01-15T12:00:00Z"]]);
    check({ start: "23:00", end: "06:00" }, "America/New_York", [
      ["2026-01-15T03:30:00Z", false, "2026-01-15T03:30:00Z"],
    ]);
  });

  it("equal start and end mean no quiet hours", () => {
    expect(isQuiet({ start: "08:00", end: "08:00" }, PARIS, new Date("2026-01-15T07:00:00Z"))).toBe(false);
  });

  it("refuse a time that is not HH:mm, and an unknown zone", () => {
    expect(() => isQuiet({ start: "22h", end: "07:00" }, PARIS, new Date())).toThrow(/"HH:mm"/);
    expect(() => isQuiet({ start: "24:00", end: "07:00" }, PARIS, new Date())).toThrow(RangeError);
    expect(() => isQuiet(NIGHT, "Mars/Olympus", new Date())).toThrow(/Mars\/Olympus/);
  });
});
