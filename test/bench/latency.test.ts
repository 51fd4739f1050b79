import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runLatencyBench } from "../../bench/latency-run.ts";

// A tiny run keeps the benchmark from rotting; its timings are read in bench/results, never asserted.
describe("the latency benchmark", () => {
  it("sends every message through the core and accounts for each outcome", async () => {
    const result = await runLatencyBench({ messages: 24, dataDir: path.join(tmpdir(), "reseau-sante-bot-test-data") });
    expect(result.classify.count).toBe(24);
    expect(result.endToEnd.count).toBe(24);
    expect(Object.values(result.outcomes).reduce((a, b) => a + b, 0)).toBe(24);
    expect(result.outcomes.error).toBeUndefined();
  }, 60_000);
});
