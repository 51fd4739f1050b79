import { describe, expect, it } from "vitest";
import type { IntentModel, TrainingExample } from "../../src/nlu/intent-model.ts";
import { linearSvmTrainer } from "../../src/nlu/linear-svm.ts";
import { type FeatureSettings, featuresOf } from "../../src/nlu/svm-features.ts";

const examples: TrainingExample[] = [
  ...["bonjour", "salut", "coucou tout le monde", "bonsoir"].map((text) => ({
    text,
    intent: "greeting",
    locale: "fr",
  })),
  ...["merci", "merci beaucoup", "merci pour ton aide", "c'est gentil, merci"].map((text) => ({
    text,
    intent: "thanks",
    locale: "fr",
  })),
  ...["hello", "hi there", "good morning"].map((text) => ({ text, intent: "greeting", locale: "en" })),
  ...["thanks", "thank you so much", "cheers"].map((text) => ({ text, intent: "thanks", locale: "en" })),
  ...["quel temps fait-il", "recette de crêpes", "what's the weather"].map((text) => ({
    text,
    intent: "None",
    locale: "fr",
  })),
];

const best = async (model: IntentModel, locale: string, text: string) =>
  (await model.classify(locale, text))[0]?.intent;

describe("the linear SVM", () => {
  const plain: FeatureSettings = { charNgrams: [3, 5], wordPairs: true, sentenceEdges: false };

  it("reads words, word pairs and character n-grams of folded words", () => {
    const features = featuresOf("Merci Hélène", "fr", plain);
    expect(features.get("w:merci")).toBe(1);
    expect(features.get("b:merci helene")).toBe(1);
    expect(features.get("c: he")).toBe(1);
    expect(features.get("c:elene")).toBe(1);
    expect(features.get("c:helene")).toBeUndefined();
    expect(featuresOf("Merci", "fr", { ...plain, charNgrams: [1, 2] }).get("c:m")).toBe(1);
    expect([...featuresOf("Merci Hélène", "fr", { ...plain, wordPairs: false }).keys()]).not.toContain(
      "b:merci helene",
    );
  });

  it("pairs the first and last words with the sentence's edges when asked", () => {
    const features = featuresOf("When is the next train?", "en", { ...plain, sentenceEdges: true });
    expect(features.get("b:^ when")).toBe(1);
    expect(features.get("b:train $")).toBe(1);
    expect(featuresOf("When is the next train?", "en", plain).get("b:^ when")).toBeUndefined();
  });

  it("adds the stems of the lower-case words, in the sentence's language, folded", () => {
    const stemmer = { id: "test", stem: (locale: string, word: string) => `${locale}-${word.slice(0, 4)}` };
    const features = featuresOf("Évaluations", "fr", { ...plain, stemmer });
    expect(features.get("s:fr-eval")).toBe(1);
    expect(features.get("w:evaluations")).toBe(1);
  });

  it("learns intents and tolerates typos and inflections through character n-grams", async () => {
    const model = await linearSvmTrainer().train(examples);
    expect(await best(model, "fr", "bonjourrr")).toBe("greeting");
    expect(await best(model, "fr", "mercii beaucoup")).toBe("thanks");
    expect(await best(model, "en", "thank u")).toBe("thanks");
    expect(await best(model, "fr", "la météo de demain")).toBe("None");
  });

  it("gives every trained intent a confidence, best first, adding up to 1", async () => {
    const ranked = await (await linearSvmTrainer().train(examples)).classify("fr", "salut");
    expect(ranked.map((c) => c.intent).sort()).toEqual(["None", "greeting", "thanks"]);
    expect(ranked.map((c) => c.score)).toEqual([...ranked.map((c) => c.score)].sort((a, b) => b - a));
    expect(ranked.reduce((sum, c) => sum + c.score, 0)).toBeCloseTo(1);
  });

  it("weights a rare intent's sentences up when classes are balanced", async () => {
    const rare = [...examples, { text: "au revoir", intent: "goodbye", locale: "fr" }];
    const score = async (classWeight: "none" | "balanced") => {
      const ranked = await (await linearSvmTrainer({ classWeight }).train(rare)).classify("fr", "au revoir");
      return ranked.find((c) => c.intent === "goodbye")!.score;
    };
    expect(await score("balanced")).toBeGreaterThan(await score("none"));
    expect(linearSvmTrainer({ classWeight: "balanced" }).id).not.toBe(linearSvmTrainer().id);
  });

  it("trains the same model twice and answers the same once exported and loaded", async () => {
    const trainer = linearSvmTrainer();
    const [first, second] = [await trainer.train(examples), await trainer.train(examples)];
    expect(second.export()).toBe(first.export());
    const loaded = trainer.load(first.export());
    for (const text of ["bonjour", "merci bien", "asdfgh"])
      expect(await loaded.classify("fr", text)).toEqual(await first.classify("fr", text));
  });

  it("refuses to load what it did not export", () => {
    expect(() => linearSvmTrainer().load(JSON.stringify({ languages: ["fr"], model: "{}" }))).toThrow(
      /not a linear SVM/,
    );
  });
});
