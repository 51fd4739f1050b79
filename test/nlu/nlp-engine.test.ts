import { describe, expect, it } from "vitest";
import type { TrainingExample } from "../../src/nlu/intent-model.ts";
import { guessLanguage, nlpjsStemmer, nodeNlpTrainer } from "../../src/nlu/nlp-engine.ts";

const examples: TrainingExample[] = [
  ...[
    "besoin d'une had",
    "qui appeler pour une hospitalisation a domicile",
    "un ssiad sur vitry",
    "equipe de soins palliatifs",
  ].map((text) => ({ text, intent: "orientation.resource", locale: "fr" })),
  ...["prochaines formations", "quelles formations ce mois-ci", "je veux m'inscrire a une formation"].map((text) => ({
    text,
    intent: "training.upcoming",
    locale: "fr",
  })),
  ...["bonjour", "salut", "bonsoir a tous"].map((text) => ({ text, intent: "greeting", locale: "fr" })),
  ...["need a home care team", "who do I call for palliative care", "nursing at home in ivry"].map((text) => ({
    text,
    intent: "orientation.resource",
    locale: "en",
  })),
  ...["next trainings", "any course this month", "hello there", "hi"].map((text, i) => ({
    text,
    intent: i < 2 ? "training.upcoming" : "greeting",
    locale: "en",
  })),
];

const questions: [string, string][] = [
  ["fr", "besoin d'une had a ivry"],
  ["fr", "formation soins palliatifs"],
  ["fr", "bonjour docteur"],
  ["fr", "quel temps fait-il"],
  ["en", "palliative care team please"],
  ["en", "hello"],
];

describe("node-nlp's neural classifier, loaded lean", () => {
  it("learns and answers exactly as node-nlp's own NlpManager, and exports the same model", async () => {
    const lean = await nodeNlpTrainer({ spellCheck: true }).train(examples);
    const full = await nodeNlpTrainer({ spellCheck: true, manager: "full" }).train(examples);
    for (const [locale, text] of questions) {
      expect(await lean.classify(locale, text)).toEqual(await full.classify(locale, text));
    }
    expect(lean.export()).toBe(full.export());
  });

  it("keeps the trainer id (the model cache's key) of the settings, whichever manager", () => {
    expect(nodeNlpTrainer({ spellCheck: true }).id).toBe(nodeNlpTrainer({ spellCheck: true, manager: "full" }).id);
  });

  it("guesses French and English", () => {
    const fr = guessLanguage("bonjour, je cherche une infirmière pour ce soir", ["fr", "en"]);
    const en = guessLanguage("hello, I am looking for a nurse for tonight", ["fr", "en"]);
    expect(fr.fr).toBeGreaterThan(fr.en ?? 0);
    expect(en.en).toBeGreaterThan(en.fr ?? 0);
  });

  it("stems French and English with node-nlp's Snowball stemmers and leaves other languages whole", () => {
    const stemmer = nlpjsStemmer();
    expect(stemmer.stem("en", "deleting")).toBe(stemmer.stem("en", "deleted"));
    expect(stemmer.stem("fr", "formations")).toBe(stemmer.stem("fr", "formation"));
    expect(stemmer.stem("de", "formations")).toBe("formations");
    expect(stemmer.id).toMatch(/@nlpjs\/lang-fr@/);
  });
});
