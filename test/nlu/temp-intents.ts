import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { INTENTS_DIR } from "../../src/paths.ts";

export interface TempIntents {
  /** `<tmp>/intents`, so messages read `intents/basics.yaml`. */
  dir: string;
  /** A scratch folder next to it (e.g. for the model cache). */
  scratch: string;
  write(file: string, content: string): Promise<void>;
  remove(): Promise<void>;
}

/** A temporary intents/ folder holding the real entity lists and the given files. */
export async function tempIntents(files: Record<string, string> = {}): Promise<TempIntents> {
  const root = await mkdtemp(path.join(tmpdir(), "nlu-test-"));
  const dir = path.join(root, "intents");
  await cp(path.join(INTENTS_DIR, "entities"), path.join(dir, "entities"), { recursive: true });
  const write = (file: string, content: string) => writeFile(path.join(dir, file), content, "utf8");
  for (const [file, content] of Object.entries(files)) await write(file, content);
  return { dir, scratch: path.join(root, "scratch"), write, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A small valid corpus: enough to train a model in a few tens of milliseconds. */
export const SMALL_CORPUS = {
  "basics.yaml": `greeting:
  topic: { fr: "Dire bonjour", en: "Say hello" }
  utterances:
    fr: [bonjour, salut, coucou, bonsoir]
    en: [hello, hi, hey, good morning]
  answers:
    fr: ["Bonjour {name} !"]
    en: ["Hello {name}!"]
help:
  topic: { fr: "Ce que je sais faire", en: "What I can do" }
  utterances:
    fr: [aide, que sais-tu faire, comment ça marche]
    en: [help, what can you do, how does this work]
`,
  "none.yaml": `None:
  utterances:
    fr: [quel temps fait-il, recette de crêpes, raconte une blague]
    en: [what's the weather, pancake recipe, tell me a joke]
`,
};
