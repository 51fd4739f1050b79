import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../src/scheduler/backoff.ts";

describe("retry backoff", () => {
  it("doubles from 30 seconds after each failed attempt", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelayMs(8)).toBe(3_600_000);
    expect(retryDelayMs(2000)).toBe(3_600_000);
  });

  it("refuses an attempt number below 1", () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
  });
});
