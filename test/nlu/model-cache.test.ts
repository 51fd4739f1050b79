import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadTerritory } from "../../src/core/vocabulary/load-territory.ts";
import { loadClassifier } from "../../src/nlu/nlu-classifier.ts";
import { INTENTS_DIR } from "../../src/paths.ts";
import { SMALL_CORPUS, type TempIntents, tempIntents } from "./temp-intents.ts";

let temp: TempIntents;
beforeEach(async () => {
  temp = await tempIntents(SMALL_CORPUS);
});
afterEach(async () => {
  await temp.remove();
});

async function load(intents: string[] = ["greeting", "help"]) {
  return loadClassifier({
    intentsDir: temp.dir,
    intents,
    cacheDir: temp.scratch,
    territory: await loadTerritory(INTENTS_DIR),
  });
}

const cacheFiles = async () => (await readdir(temp.scratch)).sort();

describe("the NLU model cache", () => {
  it("trains at first start, then loads the same model without training", async () => {
    const first = await load();
    expect(first.trained).toBe(true);
    expect(await cacheFiles()).toEqual([expect.stringMatching(/^model-[0-9a-f]{16}\.json$/)]);

    const second = await load();
    expect(second.trained).toBe(false);
    for (const text of ["bonjour", "what can you do", "recette de crêpes"]) {
      expect(await second.classifier.classify(text)).toEqual(await first.classifier.classify(text));
    }
  });

  it("retrains when a file of intents/ changes, entity lists included", async () => {
    await load();
    await temp.write("basics.yaml", SMALL_CORPUS["basics.yaml"].replace("coucou", "coucou, bonjour à tous"));
    expect((await load()).trained).toBe(true);

    const communes = path.join(temp.dir, "entities", "communes.yaml");
    await writeFile(communes, `${await readFile(communes, "utf8")}\n# reviewed\n`);
    expect((await load()).trained).toBe(true);
    expect((await load()).trained).toBe(false);
  });

  it("retrains when the features handle other intents", async () => {
    await load(["greeting", "help"]);
    expect((await load(["greeting"])).trained).toBe(true);
  });

  it("ignores a corrupt cache file and replaces it", async () => {
    await load();
    const [file] = await cacheFiles();
    await writeFile(path.join(temp.scratch, file!), '{"key": "truncated');
    const reloaded = await load();
    expect(reloaded.trained).toBe(true);
    expect((await reloaded.classifier.classify("bonjour")).intent).toBe("greeting");
    expect(await cacheFiles()).toEqual([file]);
    expect((await load()).trained).toBe(false);
  });
});
