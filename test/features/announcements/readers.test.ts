import { describe, expect, it } from "vitest";
import { readBody } from "../../../src/features/announcements/draft.ts";
import { readWhen } from "../../../src/features/announcements/when-text.ts";

// Monday 23 November 2026, 10:00 in Paris.
const NOW = new Date("2026-11-23T09:00:00Z");
const PARIS = "Europe/Paris";

describe("reading when an announcement goes", () => {
  it.each([
    ["maintenant", "fr", { kind: "now" }],
    ["now", "en", { kind: "now" }],
    ["demain 9h", "fr", { kind: "at", at: new Date("2026-11-24T08:00:00Z") }],
    ["vendredi 18h", "fr", { kind: "at", at: new Date("2026-11-27T17:00:00Z") }],
    ["le 3 janvier à 8h30", "fr", { kind: "at", at: new Date("2027-01-03T07:30:00Z") }],
    ["tomorrow 9am", "en", { kind: "at", at: new Date("2026-11-24T08:00:00Z") }],
    ["friday 6pm", "fr", { kind: "at", at: new Date("2026-11-27T17:00:00Z") }],
    ["lundi", "fr", { kind: "at", at: new Date("2026-11-30T08:00:00Z") }], // said on a Monday after 9:00: next Monday
    ["le 29 mars à 9h", "fr", { kind: "at", at: new Date("2027-03-29T07:00:00Z") }], // summer time: UTC+2
    ["hier 8h", "fr", { kind: "past", at: new Date("2026-11-22T07:00:00Z") }],
    ["pour demain 9h svp", "fr", { kind: "at", at: new Date("2026-11-24T08:00:00Z") }],
    ["send it on friday at 6pm", "en", { kind: "at", at: new Date("2026-11-27T17:00:00Z") }],
    ["la réunion de jeudi est annulée", "fr", { kind: "unknown" }], // a sentence naming a day is not a moment
    ["quand tu veux", "fr", { kind: "unknown" }],
  ] as const)("reads « %s »", (text, locale, expected) => {
    expect(readWhen(text, NOW, PARIS, locale)).toEqual(expected);
  });
});

describe("reading an announcement's text", () => {
  it("takes its link and its buttons out of it, one per line", () => {
    expect(
      readBody(
        "La soirée du 12 est reportée au 19.\nlien : https://example.org/soiree\nbouton : Je m'inscris https://example.org/inscription\nÀ bientôt",
      ),
    ).toEqual({
      body: "La soirée du 12 est reportée au 19.\nÀ bientôt",
      link: "https://example.org/soiree",
      buttons: [{ label: "Je m'inscris", url: "https://example.org/inscription" }],
    });
  });

  it("keeps a text without them as written", () => {
    expect(readBody("  Réunion **annulée**.  ")).toEqual({ body: "Réunion **annulée**.", buttons: [] });
  });
});
