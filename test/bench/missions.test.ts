import { describe, expect, it } from "vitest";
import { runMissionsBench } from "../../bench/missions-run.ts";

// A tiny run keeps the benchmark from rotting; its timings are read in bench/results, never asserted.
describe("the missions benchmark", () => {
  it("ranks the generated volunteers for every mission, and offers every free seat twice over, twice", async () => {
    const result = await runMissionsBench({ volunteers: 60, missions: 5, repeat: 1 });
    expect(result.volunteers).toBe(60);
    expect(result.ranking.totalMs).toBeGreaterThan(0);
    expect(result.cascade.opening.offers).toBeGreaterThan(0);
    expect(result.cascade.afterExpiry.offers).toBe(result.cascade.opening.offers);
  }, 60_000);
});
