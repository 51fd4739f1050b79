import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Scheduler } from "../../src/scheduler/scheduler.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { jobKind, testScheduler } from "./harness.ts";

describe("scheduling a job inside the caller's transaction", () => {
  let test: TestDatabase;
  let scheduler: Scheduler;
  const clock = new FakeClock("2026-01-15T09:00:00Z");
  const kind = jobKind({ kind: "test.follow-up", payload: z.object({ n: z.number() }), run: async () => {} });
  const request = (n: number) => ({
    kind: "test.follow-up",
    runAt: clock.now(),
    payload: { n },
    dedupeKey: `follow-up:${n}`,
  });

  beforeEach(async () => {
    test = await createTestDatabase();
    scheduler = testScheduler(test.db, clock, [kind]);
  });
  afterEach(() => test.close());

  it("keeps the job when the transaction commits, and loses it with the transaction's other writes", async () => {
    await test.db.$transaction((tx) => scheduler.scheduleIn(tx, request(1)));
    await expect(
      test.db.$transaction(async (tx) => {
        await scheduler.scheduleIn(tx, request(2));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect((await test.db.job.findMany()).map((job) => job.dedupeKey)).toEqual(["follow-up:1"]);
  });

  it("answers duplicate for a key already used, and the transaction goes on", async () => {
    await scheduler.schedule(request(1));
    const results = await test.db.$transaction(async (tx) => [
      await scheduler.scheduleIn(tx, request(1)),
      await scheduler.scheduleIn(tx, request(2)),
    ]);
    expect(results).toEqual([
      { scheduled: false, reason: "duplicate" },
      { scheduled: true, jobId: expect.any(Number) },
    ]);
    expect(await test.db.job.count()).toBe(2);
  });

  it("refuses a kind no feature registers, as schedule does", async () => {
    await expect(
      test.db.$transaction((tx) => scheduler.scheduleIn(tx, { kind: "nobody.knows", runAt: clock.now() })),
    ).rejects.toThrow(TypeError);
  });
});
