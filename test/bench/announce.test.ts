import { describe, expect, it } from "vitest";
import { runAnnounceBench } from "../../bench/announce-run.ts";

// A tiny run keeps the benchmark from rotting; its timings are read in bench/results, never asserted.
describe("the announcement benchmark", () => {
  it("sends one announcement to every member on Slack through 429s, once each", async () => {
    const result = await runAnnounceBench({ members: 60, rateLimitEvery: 25 });
    expect(result).toMatchObject({ delivered: 60, duplicates: 0, missing: 0 });
    expect(result.rateLimited).toBeGreaterThan(0);
  }, 60_000);
});
