import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, instantsOfLocalTime } from "../../src/util/time.ts";

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

  it("lists both instants of a local time that occurs twice", () => {
    expect(
      instantsOfLocalTime({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Paris").map((d) =>
        d.toISOString(),
      ),
    ).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"]);
  });
});
