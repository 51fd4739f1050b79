import { describe, expect, it } from "vitest";
import { ensembleTrainer } from "../../src/nlu/ensemble-trainer.ts";
import type { IntentModel, IntentTrainer } from "../../src/nlu/intent-model.ts";

/** A model that always gives the same answer, to check how answers are combined. */
function fixed(id: string, answer: { intent: string; score: number }[]): IntentTrainer {
  const model: IntentModel = { classify: async () => answer, export: () => id };
  return {
    id,
    train: async () => model,
    load: (serialized) => {
      if (serialized !== id) throw new Error(`not ${id}`);
      return model;
    },
  };
}

describe("an ensemble of models", () => {
  const trainer = ensembleTrainer([
    {
      trainer: fixed("a", [
        { intent: "greeting", score: 0.6 },
        { intent: "thanks", score: 0.4 },
      ]),
      weight: 3,
    },
    { trainer: fixed("b", [{ intent: "thanks", score: 1 }]), weight: 1 },
  ]);

  it("averages the members' confidences by weight, an intent left out counting as 0", async () => {
    const ranked = await (await trainer.train([])).classify("fr", "x");
    expect(ranked.map((c) => c.intent)).toEqual(["thanks", "greeting"]);
    expect(ranked[0]!.score).toBeCloseTo(0.75 * 0.4 + 0.25);
    expect(ranked[1]!.score).toBeCloseTo(0.75 * 0.6);
  });

  it("exports every member and loads them back, its id naming each member and weight", async () => {
    const loaded = trainer.load((await trainer.train([])).export());
    expect((await loaded.classify("fr", "x"))[0]?.intent).toBe("thanks");
    expect(trainer.id).toBe("ensemble(3×[a], 1×[b])");
    expect(() => trainer.load(JSON.stringify({ ensemble: ["a"] }))).toThrow(/not an export of this ensemble/);
  });

  it("leaves the decision to the others when a member knows none of the words", async () => {
    const silent = ensembleTrainer([
      { trainer: fixed("a", [{ intent: "greeting", score: 1 }]), weight: 1 },
      { trainer: fixed("b", []), weight: 4 },
    ]);
    expect(await (await silent.train([])).classify("fr", "x")).toEqual([{ intent: "greeting", score: 1 }]);
  });
});
