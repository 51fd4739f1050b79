import { describe, expect, it } from "vitest";
import { scaleByCoverage, TrainedVocabulary } from "../../src/nlu/confidence.ts";

describe("confidence and unknown words", () => {
  it("keeps the answer of a model sure of it, however many words it does not know", () => {
    const ranked = scaleByCoverage([{ intent: "missions.browse", score: 0.98 }, { intent: "None", score: 0.02 }], 0);
    expect(ranked[0]).toEqual({ intent: "missions.browse", score: expect.closeTo(0.98 * 0.98, 5) });
  });

  it("hands to None a message of unknown words the model hesitates on", () => {
    const ranked = scaleByCoverage(
      [
        { intent: "greeting", score: 0.45 },
        { intent: "help", score: 0.4 },
        { intent: "None", score: 0.15 },
      ],
      0,
    );
    expect(ranked.map((c) => c.intent)).toEqual(["None", "greeting", "help"]);
    expect(ranked.reduce((sum, c) => sum + c.score, 0)).toBeCloseTo(1);
  });

  it("changes nothing when every word is known", () => {
    const ranked = [{ intent: "help", score: 0.5 }, { intent: "None", score: 0.3 }, { intent: "thanks", score: 0.2 }];
    expect(scaleByCoverage(ranked, 1)).toEqual(ranked);
  });

  it("measures the share of content words seen in training, typos and names aside", () => {
    const vocabulary = new TrainedVocabulary([{ text: "besoin d'une infirmière à domicile", locale: "fr" }]);
    expect(vocabulary.coverage("fr", "besoin d'une infirmiere")).toBe(1);
    expect(vocabulary.coverage("fr", "besoin d'un plombier")).toBe(0.5);
    expect(vocabulary.coverage("fr", "infirmiére chez Dupont")).toBe(1);
  });
});
