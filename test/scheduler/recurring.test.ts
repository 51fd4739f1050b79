import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { JobKind } from "../../src/core/job-kind.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { jobKind, testScheduler } from "./harness.ts";

describe("recurring jobs", () => {
  let test: TestDatabase;
  let clock: FakeClock;
  let runs: Date[];
  const recurring = (every: string, extra: Partial<JobKind<unknown>> = {}) =>
    jobKind({
      kind: "test.nightly",
      payload: z.object({}),
      every,
      run: async (_payload, { job }) => void runs.push(job.runAt),
      ...extra,
    });
  const open = () =>
    test.db.job.findMany({
      where: { status: { in: ["pending", "running"] } },
      select: { runAt: true, dedupeKey: true },
    });
  /** Moves the clock to the pending occurrence and runs it; returns the next planned run-at. */
  const runNext = async (scheduler: ReturnType<typeof testScheduler>) => {
    const [pending] = await open();
    clock.set(pending!.runAt);
    expect(await scheduler.tick()).toBe(1);
    const next = await open();
    expect(next).toHaveLength(1);
    return next[0]!.runAt.toISOString();
  };

  beforeEach(async () => {
    test = await createTestDatabase();
    runs = [];
  });
  afterEach(() => test.close());

  it("keeps one pending occurrence of 03:00 Paris: 02:00Z in winter, 01:00Z from the night clocks go forward", async () => {
    clock = new FakeClock("2026-03-27T12:00:00Z");
    const scheduler = testScheduler(test.db, clock, [recurring("0 3 * * *")]);

    expect(await scheduler.planRecurring()).toBe(1);
    expect(await scheduler.planRecurring()).toBe(0);
    expect(await open()).toEqual([
      { runAt: new Date("2026-03-28T02:00:00Z"), dedupeKey: "test.nightly@2026-03-28T02:00:00.000Z" },
    ]);

    expect(await runNext(scheduler)).toBe("2026-03-29T01:00:00.000Z");
    expect(await runNext(scheduler)).toBe("2026-03-30T01:00:00.000Z");
    expect(runs.map((r) => r.toISOString())).toEqual(["2026-03-28T02:00:00.000Z", "2026-03-29T01:00:00.000Z"]);
  });

  it("moves 03:00 Paris back to 02:00Z from the night clocks go back", async () => {
    clock = new FakeClock("2026-10-23T12:00:00Z");
    const scheduler = testScheduler(test.db, clock, [recurring("0 3 * * *")]);
    await scheduler.planRecurring();

    expect(await runNext(scheduler)).toBe("2026-10-25T02:00:00.000Z");
    expect(await runNext(scheduler)).toBe("2026-10-26T02:00:00.000Z");
  });

  it("runs a 02:30 job at 03:00 on the night 02:30 does not exist, and once on the night it occurs twice", async () => {
    clock = new FakeClock("2026-03-28T12:00:00Z");
    const spring = testScheduler(test.db, clock, [recurring("30 2 * * *")]);
    await spring.planRecurring();
    expect((await open())[0]!.runAt.toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 03:00 summer time, that same day
    expect(await runNext(spring)).toBe("2026-03-30T00:30:00.000Z");

    clock.set("2026-10-24T12:00:00Z");
    await test.db.job.deleteMany();
    const autumn = testScheduler(test.db, clock, [recurring("30 2 * * *")]);
    await autumn.planRecurring();
    expect((await open())[0]!.runAt.toISOString()).toBe("2026-10-25T00:30:00.000Z"); // the first 02:30, summer time
    expect(await runNext(autumn)).toBe("2026-10-26T01:30:00.000Z"); // not the second 02:30 an hour later
  });

  it("plans one occurrence when two workers plan at the same time", async () => {
    clock = new FakeClock("2026-01-15T09:00:00Z");
    const kinds = [recurring("0 3 * * *")];
    const a = testScheduler(test.db, clock, kinds, { owner: "a" });
    const b = testScheduler(await test.openAnother(), clock, kinds, { owner: "b" });

    const planned = await Promise.all([a.planRecurring(), b.planRecurring()]);

    expect(planned[0] + planned[1]).toBe(1);
    expect(await open()).toHaveLength(1);
  });

  it("after days of downtime, skips the stale occurrence and plans the next one ahead, not a backlog", async () => {
    clock = new FakeClock("2026-03-27T12:00:00Z");
    const scheduler = testScheduler(test.db, clock, [
      recurring("0 3 * * *", { stale: { afterMs: 6 * 3_600_000, action: "skip" } }),
    ]);
    await scheduler.planRecurring();

    clock.set("2026-03-31T12:00:00Z");
    expect(await scheduler.tick()).toBe(1);

    expect(runs).toEqual([]);
    expect(await test.db.job.findFirst({ where: { status: "skipped" } })).toMatchObject({
      runAt: new Date("2026-03-28T02:00:00Z"),
    });
    expect(await open()).toEqual([
      { runAt: new Date("2026-04-01T01:00:00Z"), dedupeKey: "test.nightly@2026-04-01T01:00:00.000Z" },
    ]);
  });

  it("plans the next occurrence after one that failed for good", async () => {
    clock = new FakeClock("2026-01-15T09:00:00Z");
    const failing = recurring("0 3 * * *", {
      maxAttempts: 1,
      run: async () => {
        throw new Error("no network");
      },
    });
    const scheduler = testScheduler(test.db, clock, [failing]);
    await scheduler.planRecurring();

    expect(await runNext(scheduler)).toBe("2026-01-17T02:00:00.000Z");
  });

  it("refuses, naming the kind, a cron expression it cannot read or a payload schema that rejects {}", () => {
    clock = new FakeClock();
    expect(() => testScheduler(test.db, clock, [recurring("0 3 * *")])).toThrow(
      /"test.nightly": "0 3 \* \*" is not a cron expression/,
    );
    const needsPayload = jobKind({
      kind: "test.digest",
      payload: z.object({ memberId: z.number() }),
      every: "0 8 * * 1",
      run: async () => {},
    });
    expect(() => testScheduler(test.db, clock, [needsPayload])).toThrow(/"test.digest" recurs/);
  });
});
