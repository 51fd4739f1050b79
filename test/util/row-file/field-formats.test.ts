import { describe, expect, it } from "vitest";
import {
  checkEmail,
  localToday,
  normalisePhone,
  normaliseWebsite,
  parseCheckedDate,
} from "../../../src/util/row-file/field-formats.ts";

describe("phone numbers", () => {
  it.each([
    ["01 99 00 12 34", "01 99 00 12 34"],
    ["0199001234", "01 99 00 12 34"],
    ["01.99.00.12.34", "01 99 00 12 34"],
    ["01-99-00-12-34", "01 99 00 12 34"],
    ["01 99 00 12 34 ", "01 99 00 12 34"],
    ["+33 1 99 00 12 34", "01 99 00 12 34"],
    ["+33 (0)1 99 00 12 34", "01 99 00 12 34"],
    ["+33 01 99 00 12 34", "01 99 00 12 34"],
    ["0033 1 99 00 12 34", "01 99 00 12 34"],
    ["+331 99 00 12 34", "01 99 00 12 34"],
    ["06 39 98 12 34", "06 39 98 12 34"],
  ])("writes %s as %s", (written, shown) => {
    expect(normalisePhone(written)).toEqual({ ok: true, value: shown });
  });

  it.each([
    "01 99 00 12 3",
    "01 99 00 12 34 5",
    "00 99 00 12 34",
    "1 99 00 12 34",
    "01 99 00 12 3x",
    "tel 01 99 00 12 34",
    "3919",
    "+44 20 7946 0000",
    "",
  ])("refuses %j", (written) => {
    const checked = normalisePhone(written);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason).toContain("10 digits");
  });
});

describe("e-mail addresses", () => {
  it.each(["contact@example.org", "had.val-de-bievre@example.org", "a+b@sub.example.org"])("accepts %s", (email) => {
    expect(checkEmail(email)).toEqual({ ok: true, value: email });
  });

  it.each([
    "contact@example",
    "contact example.org",
    "contact@@example.org",
    "mailto:contact@example.org",
    "@example.org",
  ])("refuses %s", (email) => {
    expect(checkEmail(email).ok).toBe(false);
  });
});

describe("websites", () => {
  it.each([
    ["https://example.org/demo/had", "https://example.org/demo/had"],
    ["http://example.org", "http://example.org"],
    ["example.org/demo", "https://example.org/demo"],
    ["www.example.org", "https://www.example.org"],
  ])("reads %s as %s", (written, stored) => {
    expect(normaliseWebsite(written)).toEqual({ ok: true, value: stored });
  });

  it.each([
    "ftp://example.org",
    "https://localhost",
    "example",
    "https://exa mple.org",
    "mailto:a@example.org",
    "javascript:alert(1)",
  ])("refuses %s", (written) => {
    expect(normaliseWebsite(written).ok).toBe(false);
  });
});

describe("check dates", () => {
  const today = "2026-11-23";

  it.each([
    ["2026-11-23", "2026-11-23"],
    ["2026-01-05", "2026-01-05"],
    ["05/01/2026", "2026-01-05"],
    ["5/1/2026", "2026-01-05"],
    ["29/02/2024", "2024-02-29"],
  ])("reads %s as %s", (written, iso) => {
    expect(parseCheckedDate(written, today)).toEqual({ ok: true, value: new Date(`${iso}T00:00:00Z`) });
  });

  it.each(["2026-02-30", "2026-13-01", "31/04/2026", "2026/11/01", "01-11-2026", "hier", "2026-1-5", "29/02/2026"])(
    "refuses the malformed date %s",
    (written) => {
      expect(parseCheckedDate(written, today)).toMatchObject({
        ok: false,
        reason: expect.stringContaining("is not a date"),
      });
    },
  );

  it("refuses a day after today, with its own code", () => {
    expect(parseCheckedDate("2026-11-24", today)).toEqual({
      ok: false,
      reason: "2026-11-24 is in the future (today is 2026-11-23)",
      code: "future_date",
    });
  });

  it("takes today in the network's time zone, not in UTC", () => {
    // 23:30 UTC on 23 November is already 24 November in Paris.
    expect(localToday(new Date("2026-11-23T23:30:00Z"), "Europe/Paris")).toBe("2026-11-24");
    expect(localToday(new Date("2026-11-23T23:30:00Z"), "UTC")).toBe("2026-11-23");
  });
});
