import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadTerritory } from "../../src/core/vocabulary/load-territory.ts";
import { loadResourceTypes } from "../../src/core/vocabulary/resource-types.ts";
import { intentsToTrain, loadCorpus } from "../../src/nlu/corpus.ts";
import { parseLabelledLines } from "../../src/nlu/labelled-file.ts";
import { INTENTS_DIR, PROJECT_ROOT } from "../../src/paths.ts";
import { foldedKey } from "../../src/util/fold.ts";
import { SMALL_CORPUS, type TempIntents, tempIntents } from "./temp-intents.ts";

let temp: TempIntents | undefined;
afterEach(async () => {
  await temp?.remove();
  temp = undefined;
});

async function corpusError(files: Record<string, string>): Promise<string> {
  temp = await tempIntents(files);
  const error = await loadCorpus(temp.dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the corpus should have been refused").toBeInstanceOf(Error);
  return (error as Error).message;
}

/** Every held-out file, so that a new one is checked without being listed here. */
const HELD_OUT_FILES = readdirSync(path.join(PROJECT_ROOT, "test/nlu/fixtures")).filter((f) =>
  /^heldout-.*\.jsonl$/.test(f),
);

describe("the intents/ corpus", () => {
  it("finds the held-out files", () => expect(HELD_OUT_FILES).toContain("heldout-missions.jsonl"));

  it.each(HELD_OUT_FILES)(
    "loads the project's intents, and the held-out evaluation file %s shares no sentence with them",
    async (file) => {
      const corpus = await loadCorpus(INTENTS_DIR);
      expect([...corpus.intents.keys()]).toEqual(expect.arrayContaining(["greeting", "thanks", "help", "None"]));
      const trained = new Set(
        [...corpus.intents.values()].flatMap((i) => [...i.utterances.fr, ...i.utterances.en]).map(foldedKey),
      );
      const heldOut = await readFile(path.join(PROJECT_ROOT, "test/nlu/fixtures", file), "utf8");
      const { sentences, problems } = parseLabelledLines(heldOut);
      expect(problems).toEqual([]);
      expect(sentences.filter((s) => trained.has(foldedKey(s.text))).map((s) => s.text)).toEqual([]);
    },
  );

  it.each(["heldout-orientation.jsonl", "heldout-use.jsonl"])(
    "holds out sentences for every intent it defines in %s, naming known communes and resource types",
    async (file) => {
      const [corpus, territory, types] = await Promise.all([
        loadCorpus(INTENTS_DIR),
        loadTerritory(INTENTS_DIR),
        loadResourceTypes(INTENTS_DIR),
      ]);
      const heldOut = await readFile(path.join(PROJECT_ROOT, "test/nlu/fixtures", file), "utf8");
      const { sentences } = parseLabelledLines(heldOut);
      const held = new Set(sentences.map((s) => s.intent));
      expect([...corpus.intents.keys()].filter((intent) => !held.has(intent))).toEqual([]);
      const communes = new Set(territory.communes.map((c) => foldedKey(c.name)));
      const named = sentences.flatMap((s) => [
        ...(s.entities?.commune ?? []).filter((c) => !communes.has(foldedKey(c))),
        ...(s.entities?.resourceType ?? []).filter((t) => !types.keys.includes(t)),
      ]);
      expect(named).toEqual([]);
    },
  );

  it("names the file, the line and the entry of an empty utterance", async () => {
    const message = await corpusError({
      "basics.yaml": [
        "greeting:",
        '  topic: { fr: "Dire bonjour", en: "Say hello" }',
        "  utterances:",
        "    fr:",
        "      - bonjour",
        "      - salut",
        "      - coucou",
        '      - ""',
        "    en: [hello]",
      ].join("\n"),
    });
    expect(message).toContain("intents/basics.yaml: line 8, greeting.utterances.fr[3]: must not be empty");
  });

  it("refuses an intent name that is not canonical", async () => {
    const message = await corpusError({
      "basics.yaml": SMALL_CORPUS["basics.yaml"].replace("greeting:", "greetings:"),
    });
    expect(message).toMatch(/intents\/basics\.yaml: line \d+, greetings: unknown intent "greetings"/);
  });

  it("refuses an intent defined in two files, naming both", async () => {
    const message = await corpusError({
      ...SMALL_CORPUS,
      "more.yaml": 'help:\n  topic: { fr: "Aide", en: "Help" }\n  utterances: { fr: [au secours], en: [assist me] }\n',
    });
    expect(message).toMatch(/intents\/more\.yaml: line \d+, help: is already defined in intents\/basics\.yaml/);
  });

  it("refuses the same utterance under two intents, even written differently", async () => {
    const message = await corpusError({
      ...SMALL_CORPUS,
      "none.yaml":
        "None:\n  utterances:\n    fr: [quel temps fait-il, Comment ça marche ?]\n    en: [tell me a joke]\n",
    });
    expect(message).toMatch(
      /intents\/none\.yaml: line 3, None\.utterances\.fr\[1\]: "Comment ça marche \?" is also an utterance of help \(intents\/basics\.yaml: line \d+, help\.utterances\.fr\[2\]\)/,
    );
  });

  it("refuses an unknown entity kind in the hints", async () => {
    const message = await corpusError({
      ...SMALL_CORPUS,
      "basics.yaml": SMALL_CORPUS["basics.yaml"].replace(
        '  topic: { fr: "Dire bonjour"',
        '  entities: [commune, city]\n  topic: { fr: "Dire bonjour"',
      ),
    });
    expect(message).toMatch(
      /intents\/basics\.yaml: line 2, greeting\.entities\[1\]: must be one of commune, resourceType, missionNumber, date, duration/,
    );
  });

  it("refuses answers written in one language only, a missing topic and a malformed template", async () => {
    const message = await corpusError({
      ...SMALL_CORPUS,
      "basics.yaml": SMALL_CORPUS["basics.yaml"]
        .replace('    en: ["Hello {name}!"]\n', "")
        .replace('  topic: { fr: "Ce que je sais faire", en: "What I can do" }\n', "")
        .replace('"Bonjour {name} !"', '"Bonjour {name !"'),
    });
    expect(message).toMatch(/greeting\.answers: has fr answers but no en ones/);
    expect(message).toMatch(/help: needs a topic/);
    expect(message).toMatch(/greeting\.answers\.fr\[0\]: is not valid ICU MessageFormat/);
  });

  it("reports the problems of every file at once, YAML syntax errors included", async () => {
    const message = await corpusError({
      ...SMALL_CORPUS,
      "broken.yaml": "thanks:\n  utterances: [merci\n",
      "other.yaml": "thanks:\n  topic: { fr: Merci }\n  utterances: { fr: [merci], en: [thanks] }\n",
    });
    expect(message).toMatch(/intents\/broken\.yaml: line \d+:/);
    expect(message).toMatch(/intents\/other\.yaml: line \d+, thanks\.topic\.en:/);
  });

  it("does not read intents/entities/ as intents", async () => {
    temp = await tempIntents(SMALL_CORPUS);
    const corpus = await loadCorpus(temp.dir);
    expect([...corpus.intents.keys()].sort()).toEqual(["None", "greeting", "help"]);
  });
});

describe("the intents to train", () => {
  it("are the handled ones plus None; intents whose feature does not exist yet are left out", async () => {
    temp = await tempIntents(SMALL_CORPUS);
    const corpus = await loadCorpus(temp.dir);
    expect(intentsToTrain(corpus, ["help"]).map((i) => i.name)).toEqual(["None", "help"]);
  });

  it("refuse a handled intent that has no data, or that is not canonical", async () => {
    temp = await tempIntents(SMALL_CORPUS);
    const corpus = await loadCorpus(temp.dir);
    expect(() => intentsToTrain(corpus, ["help", "missions.browse"])).toThrow(
      /"missions\.browse" is handled by a feature but no file defines it/,
    );
    expect(() => intentsToTrain(corpus, ["smalltalk"])).toThrow(
      /"smalltalk" is handled by a feature but is not a canonical intent name/,
    );
  });
});

describe("the resource types file", () => {
  it("loads with labels in both languages", async () => {
    const types = await loadResourceTypes(INTENTS_DIR);
    expect(types.keys).toEqual(
      expect.arrayContaining([
        "had",
        "emsp",
        "clic",
        "dac",
        "ssiad",
        "saad",
        "psychologue",
        "assistant_social",
        "douleur",
        "hopital_de_jour",
        "repit",
        "cpts",
      ]),
    );
    expect(types.label("had")).toEqual({ fr: "Hospitalisation à domicile (HAD)", en: "Hospital at home (HAD)" });
  });

  it("refuses a way of writing that belongs to two types", async () => {
    temp = await tempIntents();
    const original = await readFile(path.join(temp.dir, "entities", "resource-types.yaml"), "utf8");
    await temp.write(
      "entities/resource-types.yaml",
      original.replace("      - psychologist\n", "      - psychologist\n      - Plateforme de répit\n"),
    );
    await expect(loadResourceTypes(temp.dir)).rejects.toThrow(
      /types\.repit: "plateforme de répit" is already a way of writing psychologue/,
    );
  });
});
