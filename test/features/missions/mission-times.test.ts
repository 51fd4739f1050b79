import { describe, expect, it } from "vitest";
import { readDeadline, readMissionTimes, writeMoment } from "../../../src/features/missions/catalogue/mission-times.ts";

// Monday 23 November 2026, 11:00 in Paris.
const options = { zone: "Europe/Paris", now: new Date("2026-11-23T10:00:00Z"), locales: ["fr", "en"] as const };
const read = (when: string, ends?: string, extra = {}) => {
  const times = readMissionTimes(when, ends, { ...options, ...extra });
  return times.ok ? [times.startsAt.toISOString(), times.endsAt.toISOString()] : times.problem;
};

describe("a mission's times", () => {
  it.each([
    ["samedi 12 décembre 9h-12h", undefined],
    ["12/12 de 9h à 12h", undefined],
    ["samedi 12 decembre 9h", "12h"],
    ["2026-12-12 09:00", "2026-12-12 12:00"],
    ["Saturday 12 December 9am-12pm", undefined],
  ])("reads %s (end %s) in Paris time", (when, ends) => {
    expect(read(when, ends)).toEqual(["2026-12-12T08:00:00.000Z", "2026-12-12T11:00:00.000Z"]);
  });

  it("reads an end on another day", () => {
    expect(read("2027-01-15 14:00", "16/01/2027 12h")).toEqual([
      "2027-01-15T13:00:00.000Z",
      "2027-01-16T11:00:00.000Z",
    ]);
  });

  it.each([
    ["samedi 12 décembre", undefined, "noTime"],
    ["bientôt", undefined, "unreadable"],
    ["samedi 12 décembre 9h", undefined, "noEnd"],
    ["samedi 12 décembre 9h", "plus tard", "endUnreadable"],
    ["samedi 12 décembre 9h", "8h", "endBeforeStart"],
    ["2026-11-20 09:00", "2026-11-20 12:00", "startPast"],
  ])("refuses %s (end %s): %s", (when, ends, problem) => {
    expect(read(when, ends)).toBe(problem);
  });

  it("asks a data file for the year", () => {
    expect(read("12 décembre 9h-12h", undefined, { requireYear: true })).toBe("noYear");
    expect(read("12 décembre 2026 9h-12h", undefined, { requireYear: true })).toEqual([
      "2026-12-12T08:00:00.000Z",
      "2026-12-12T11:00:00.000Z",
    ]);
  });

  it("reads a deadline, a day alone lasting until its end", () => {
    expect(readDeadline("8 décembre", options)?.toISOString()).toBe("2026-12-08T22:59:00.000Z");
    expect(readDeadline("8/12 18h", options)?.toISOString()).toBe("2026-12-08T17:00:00.000Z");
    expect(readDeadline("asap", options)).toBeUndefined();
  });

  it("writes a moment back so that it reads the same", () => {
    const at = new Date("2026-12-12T08:00:00Z");
    expect(writeMoment(at, "Europe/Paris")).toBe("2026-12-12 09:00");
  });
});
