import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { governanceSettings } from "../../../src/features/governance/settings.ts";
import { BusinessClock } from "../../../src/features/governance/time/business-clock.ts";

// When governance messages may leave: working days (not the weekend, not a public holiday of the configured
// place), within business hours, on the wall clock of Paris.
const ZONE = "Europe/Paris";
const settingsOf = (env: Record<string, string>) =>
  loadConfig(env, [governanceSettings]).settings.of(governanceSettings);
const clockOf = (env: Record<string, string> = {}) => {
  const settings = settingsOf(env);
  return new BusinessClock(ZONE, settings.business, settings.holidays);
};
const paris = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const shown = (at: Date) => DateTime.fromJSDate(at, { zone: ZONE }).toFormat("ccc yyyy-MM-dd HH:mm");

describe("the business clock", () => {
  it.each([
    ["a Thursday evening", "2027-03-11T19:00", "Fri 2027-03-12 09:00"],
    ["a Saturday", "2027-03-13T10:00", "Mon 2027-03-15 09:00"],
    ["Easter Monday (29 March 2027, the day after the clocks go forward)", "2027-03-28T12:00", "Tue 2027-03-30 09:00"],
    ["Ascension Thursday", "2027-05-06T10:00", "Fri 2027-05-07 09:00"],
    ["the 1st of November, a Monday", "2027-10-31T20:00", "Tue 2027-11-02 09:00"],
    ["Christmas Day, a Saturday", "2027-12-24T18:30", "Mon 2027-12-27 09:00"],
  ])("opens next after %s", (_when, at, opening) => {
    expect(shown(clockOf().nextOpening(paris(at)))).toBe(opening);
  });

  it("keeps a notice period by going back to the last working morning before a holiday or a weekend", () => {
    const clock = clockOf();
    expect(shown(clock.lastOpeningBefore(paris("2027-05-17T09:00")))).toBe("Fri 2027-05-14 09:00");
    expect(shown(clock.lastOpeningBefore(paris("2027-11-11T09:00")))).toBe("Wed 2027-11-10 09:00");
  });

  it("keeps 09:00 on the wall clock on both sides of both daylight-saving changes", () => {
    const clock = clockOf();
    const utc = (local: string) => clock.nextOpening(paris(local)).toISOString();
    // Winter time (UTC+1) on Friday 26 March; the clocks go forward on Sunday 28; Monday 29 is Easter Monday.
    expect(utc("2027-03-25T19:00")).toBe("2027-03-26T08:00:00.000Z");
    expect(utc("2027-03-26T19:00")).toBe("2027-03-30T07:00:00.000Z");
    // Summer time (UTC+2) on Friday 29 October; the clocks go back on Sunday 31; Monday 1 November is All Saints'.
    expect(utc("2027-10-28T19:00")).toBe("2027-10-29T07:00:00.000Z");
    expect(utc("2027-10-29T19:00")).toBe("2027-11-02T08:00:00.000Z");
  });

  it("knows the holidays of a département of its own: Good Friday in Moselle, not in Paris", () => {
    const goodFriday = paris("2027-03-26T10:00");
    expect(clockOf().isOpen(goodFriday)).toBe(true);
    expect(clockOf({ GOVERNANCE_HOLIDAYS: "FR-57" }).isOpen(goodFriday)).toBe(false);
    expect(clockOf({ GOVERNANCE_HOLIDAYS: "none" }).isOpen(paris("2027-05-17T10:00"))).toBe(true);
  });

  it("refuses a place it does not know, saying which it knows", () => {
    expect(() => settingsOf({ GOVERNANCE_HOLIDAYS: "FR-99" })).toThrow(
      /GOVERNANCE_HOLIDAYS: "99" is not a region of FR; known: 57, 67, 68/,
    );
    expect(() => settingsOf({ GOVERNANCE_HOLIDAYS: "France" })).toThrow(
      /GOVERNANCE_HOLIDAYS: "France" is not a country code/,
    );
  });
});
