import { describe, expect, it } from "vitest";
import { NLU_CORPUS_NAMES } from "../../bench/nlu-corpora.ts";
import { runNluBench } from "../../bench/nlu-run.ts";

// A tiny run keeps the benchmark from rotting; its scores and timings are read in bench/results, never asserted.
describe("the NLU benchmark", () => {
  it("trains and scores node-nlp's defaults and our pipeline on every corpus, side by side", async () => {
    const result = await runNluBench({ trainPerIntent: 3, testPerCorpus: 4 });
    expect(result.systems.map((s) => s.key)).toEqual(["node-nlp", "ours"]);
    expect(result.corpora.map((c) => c.name)).toEqual([...NLU_CORPUS_NAMES]);
    for (const corpus of result.corpora) {
      expect(corpus.test).toBe(4);
      for (const key of ["node-nlp", "ours"]) {
        const scored = corpus.systems[key]!;
        expect(scored.total).toBe(4);
        expect(scored.classify.count).toBe(4);
        expect(scored.microF1).toBeCloseTo(scored.correct / 4);
      }
    }
    for (const key of ["node-nlp", "ours"]) expect(result.overall[key]!.total).toBe(12);
  }, 60_000);
});
