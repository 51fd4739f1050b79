import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Reply, replyToPlainText } from "../../src/core/reply.ts";
import { loadNetworkContent } from "../../src/features/network/content.ts";
import { networkFeature } from "../../src/features/network/index.ts";
import { CONTENT_DIR } from "../../src/paths.ts";
import { textFrom } from "../support/events.ts";
import { ScriptedClassifier } from "../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");

describe("network information", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await createTestBot({
      features: [networkFeature(CONTENT_DIR)],
      classifier: new ScriptedClassifier({
        "c'est quoi le réseau": { intent: "network.about", score: 0.95 },
        "numéro de la coordination": { intent: "network.contact", score: 0.95 },
        "how do I join": { intent: "network.membership", score: 0.95, locale: "en" },
      }),
    });
  });
  afterAll(() => t.close());

  it("says what the network is, ending with its source and last update", async () => {
    const answer = plain(await t.handle(textFrom("U1", "c'est quoi le réseau")));
    expect(answer).toMatch(/^Réseau Santé 94 Ouest \(démo\) est un réseau ville–hôpital/);
    expect(answer.split("\n").at(-1)).toBe(
      "Source : Charte et rapport d'activité 2025 du réseau (démo) — mise à jour le lundi 2 novembre 2026",
    );
  });

  it("gives the coordination team's contact details as fields", async () => {
    const answer = plain(await t.handle(textFrom("U1", "numéro de la coordination")));
    expect(answer).toContain("Téléphone: 01 99 00 10 00");
    expect(answer).toContain("Horaires: du lundi au vendredi, 9 h – 18 h");
  });

  it("answers in English when asked in English", async () => {
    const answer = plain(await t.handle(textFrom("U1", "how do I join")));
    expect(answer).toMatch(/^Any health, social or medico-social professional/);
    expect(answer).toMatch(/Source: Statutes and 2026 membership form \(demo\) — updated Thursday, 15 October 2026$/);
  });

  it("refuses a malformed content file at start, naming the file, line and entry", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "network-content-"));
    try {
      await writeFile(
        path.join(dir, "network.yaml"),
        "about:\n  updated: 2026-13-45\n  source: { fr: a, en: b }\n  text: { fr: a }\n",
      );
      await expect(loadNetworkContent(dir)).rejects.toThrow(
        /network\.yaml:[\s\S]*line 2, about\.updated: must be a date[\s\S]*about\.text\.en/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
