import { describe, expect, it } from "vitest";
import { icsCalendar } from "../../../src/features/missions/offers/ics.ts";

describe("the calendar file of a mission", () => {
  const event = {
    uid: "mission-3@reseau-sante-bot",
    start: new Date("2026-12-12T08:00:00Z"),
    end: new Date("2026-12-12T11:00:00Z"),
    stamp: new Date("2026-11-23T10:00:05.123Z"),
    summary: "Mission 3 — Former les IDE, cas cliniques; échanges",
  };

  it("is one VEVENT with UTC times, its UID and stamp, lines ending in CRLF", () => {
    expect(icsCalendar(event)).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Reseau Sante Bot//Missions//FR",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:mission-3@reseau-sante-bot",
        "DTSTAMP:20261123T100005Z",
        "DTSTART:20261212T080000Z",
        "DTEND:20261212T110000Z",
        "SUMMARY:Mission 3 — Former les IDE\\, cas cliniques\\; échanges",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });

  it("escapes backslashes and line breaks, and folds long lines at 75 octets without cutting a character", () => {
    const description = `Salle B\\2, 2e étage\n${"é".repeat(60)}`;
    const ics = icsCalendar({ ...event, description, location: "Maison de santé; entrée rue X" });
    expect(ics).toContain("LOCATION:Maison de santé\\; entrée rue X\r\n");
    const lines = ics.split("\r\n");
    const start = lines.findIndex((line) => line.startsWith("DESCRIPTION:"));
    const folded = [
      lines[start]!,
      ...lines.slice(start + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((l) => l.startsWith(" "))),
    ];
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    const unfolded = folded.map((line, i) => (i === 0 ? line : line.slice(1))).join("");
    expect(unfolded).toBe(`DESCRIPTION:Salle B\\\\2\\, 2e étage\\n${"é".repeat(60)}`);
  });
});
