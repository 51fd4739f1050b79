import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyToPlainText } from "../../../src/core/reply.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { type CardContext, missionCard, missionLine } from "../../../src/features/missions/mission-card.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

describe("how a mission reads", () => {
  let t: TestBot;
  let fr: CardContext;
  let en: CardContext;
  beforeAll(async () => {
    t = await createTestBot({ features: [missionsFeature] });
    fr = { t: t.services.messages.translator("fr"), locale: "fr", services: t.services };
    en = { t: t.services.messages.translator("en"), locale: "en", services: t.services };
  });
  afterAll(() => t.close());

  const mission = {
    id: 3,
    key: null,
    title: "Former les IDE de Vitry aux soins palliatifs",
    description: "Deux heures de cas cliniques avec l'EMSP, pour des infirmières libérales.",
    kind: "training" as const,
    communeCode: "94081",
    place: "Maison de santé (démo), 12 rue de la Démo",
    remote: false,
    startsAt: new Date("2026-12-12T08:00:00Z"),
    endsAt: new Date("2026-12-12T11:00:00Z"),
    estimatedHours: 3,
    seats: 3,
    seatsTaken: 1,
    respondBy: new Date("2026-12-08T17:00:00Z"),
    status: "open" as const,
    contactId: null,
    createdById: null,
    openedAt: null,
    filledAt: null,
    cancelledAt: null,
    cancelReason: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    tags: [
      { missionId: 3, kind: "skill" as const, value: "soins_palliatifs" },
      { missionId: 3, kind: "profession" as const, value: "nurse" },
    ],
  };

  it("is one line in a list, with its date, place, time and seats left", () => {
    expect(missionLine(fr, mission)).toBe(
      "**Mission 3** — Former les IDE de Vitry aux soins palliatifs · samedi 12 décembre 2026 · Vitry-sur-Seine · 3 h · 2 places",
    );
    expect(missionLine(en, { ...mission, remote: true, estimatedHours: null, seatsTaken: 3 })).toBe(
      "**Mission 3** — Former les IDE de Vitry aux soins palliatifs · Saturday, 12 December 2026 · remote · full",
    );
  });

  it("is a card with everything needed to decide", () => {
    expect(replyToPlainText(missionCard(fr, mission, { displayName: "Julie Moreau" }))).toBe(
      [
        "Mission 3 — Former les IDE de Vitry aux soins palliatifs",
        "Deux heures de cas cliniques avec l'EMSP, pour des infirmières libérales.",
        "Type: formation",
        "Quand: samedi 12 décembre 2026, 09:00–12:00",
        "Où: Maison de santé (démo), 12 rue de la Démo (Vitry-sur-Seine)",
        "Temps: 3 h environ",
        "Places: 2 places libres sur 3",
        "Profil recherché: infirmier·e, soins palliatifs",
        "Réponse avant le: mardi 8 décembre 2026 à 18:00",
        "Contact: Julie Moreau",
      ].join("\n"),
    );
  });
});
