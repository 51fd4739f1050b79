import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { loadTerritory } from "../../src/core/vocabulary/load-territory.ts";
import type { Territory } from "../../src/core/vocabulary/territory.ts";
import { loadClassifier, type NluClassifier } from "../../src/nlu/nlu-classifier.ts";
import { INTENTS_DIR } from "../../src/paths.ts";
import { SMALL_CORPUS, tempIntents } from "./temp-intents.ts";

const THRESHOLD = loadConfig({}).nlu.confidenceThreshold;
// Monday 23 November 2026, 11:00 in Paris.
const NOW = new Date("2026-11-23T10:00:00Z");

let cacheDir: string;
let territory: Territory;
let classifier: NluClassifier;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), "nlu-classifier-"));
  territory = await loadTerritory(INTENTS_DIR);
  ({ classifier } = await loadClassifier({
    intentsDir: INTENTS_DIR,
    intents: ["greeting", "thanks", "help"],
    cacheDir,
    territory,
    now: () => NOW,
  }));
});

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe("the NLU classifier", () => {
  it.each([
    ["bonjour", "greeting", "fr"],
    ["bjr", "greeting", "fr"],
    ["hello", "greeting", "en"],
    ["salut ça va ?", "greeting", "fr"],
    ["aide", "help", "fr"],
    ["help", "help", "en"],
    ["que sais-tu faire", "help", "fr"],
    ["bonjour, que peux-tu faire pour moi ?", "help", "fr"],
    ["what can you do?", "help", "en"],
    ["merci beaucoup", "thanks", "fr"],
    ["merciiii", "thanks", "fr"],
    ["thx", "thanks", "en"],
  ])("understands %j as %s, in %s, above the confidence threshold", async (text, intent, locale) => {
    const result = await classifier.classify(text);
    expect({ intent: result.intent, locale: result.locale }).toEqual({ intent, locale });
    expect(result.score).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    "quel temps fait-il demain",
    "asdfgh",
    "recette de crêpes",
    "who won the game last night",
    "Vitry",
    "mission 12",
  ])("does not claim to understand %j", async (text) => {
    const result = await classifier.classify(text);
    expect(result.intent === "None" || result.score < THRESHOLD, `${result.intent} ${result.score}`).toBe(true);
  });

  it("lists the other intents as alternatives, best first, without None", async () => {
    const result = await classifier.classify("salut, tu peux m'aider ?");
    const alternatives = result.alternatives.map((a) => a.intent);
    expect(alternatives).not.toContain("None");
    expect(alternatives).not.toContain(result.intent);
    expect(result.alternatives.map((a) => a.score)).toEqual(
      [...result.alternatives.map((a) => a.score)].sort((a, b) => b - a),
    );
  });

  it("tells French from English in short messages, French when unsure", async () => {
    const locales = await Promise.all(
      ["besoin d'une HAD à Vitry", "who do I call for palliative care", "merci", "ty", "ok", "KB"].map(
        async (t) => (await classifier.classify(t)).locale,
      ),
    );
    expect(locales).toEqual(["fr", "en", "fr", "en", "fr", "fr"]);
  });

  it("returns the entities of the message with their canonical values", async () => {
    const { entities } = await classifier.classify("besoin d'une HAD à Vitry demain pour la mission n°12, 2h30");
    const values = Object.fromEntries(
      Object.entries(entities).map(([kind, matches]) => [kind, matches.map((m) => m.value)]),
    );
    expect(values).toEqual({
      commune: ["94081"],
      resourceType: ["had"],
      missionNumber: ["12"],
      date: ["2026-11-24"],
      duration: ["150"],
    });
  });

  it("gives topics and answer templates of trained intents only", () => {
    expect(classifier.topicOf("greeting")).toEqual({ fr: "Dire bonjour", en: "Say hello" });
    expect(classifier.templates("greeting")?.fr.some((t) => t.includes("{name}"))).toBe(true);
    expect(classifier.templates("thanks")?.en.length).toBeGreaterThan(0);
    expect(classifier.templates("help")).toBeUndefined();
    expect(classifier.topicOf("missions.browse")).toBeUndefined();
    expect(classifier.intents.sort()).toEqual(["None", "greeting", "help", "thanks"]);
  });

  it("refuses to start when a handled intent has no training data", async () => {
    // Every canonical intent now has data in intents/: a folder with the basics alone stands for one without.
    const temp = await tempIntents(SMALL_CORPUS);
    try {
      await expect(
        loadClassifier({ intentsDir: temp.dir, intents: ["announcement.create"], cacheDir, territory }),
      ).rejects.toThrow(/"announcement\.create" is handled by a feature but no file defines it/);
    } finally {
      await temp.remove();
    }
  });
});
