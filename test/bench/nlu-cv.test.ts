import { describe, expect, it } from "vitest";
import { crossValidate, loadCvData } from "../../bench/nlu-cv-run.ts";
import { linearSvmTrainer } from "../../src/nlu/linear-svm.ts";

// The selection must never read a test split: only the corpora's training sentences are dealt into folds.
describe("the cross-validation that chooses the NLU settings", () => {
  it("deals only training sentences into stratified folds and predicts each once per repetition", async () => {
    const data = await loadCvData({ corpora: { folds: 3, repetitions: 2 }, intents: { folds: 2, repetitions: 1 } });
    expect(data.corpora.map((c) => c.samples.length)).toEqual([100, 53, 30]);
    const webApps = data.corpora[2]!;
    for (const repetition of [0, 1]) {
      const sizes = [0, 1, 2].map((fold) => webApps.samples.filter((s) => s.folds[repetition] === fold).length);
      expect(sizes).toEqual([10, 10, 10]);
    }
    const score = await crossValidate(linearSvmTrainer(), webApps);
    expect(score.total).toBe(60);
    expect(score.correct).toBeGreaterThan(30);
    expect(data.intents.samples.length).toBeGreaterThan(2000);
  }, 60_000);
});
