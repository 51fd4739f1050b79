import { setImmediate as nextTurn } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ScheduleResult } from "../../src/core/scheduler-port.ts";
import { JobStore } from "../../src/scheduler/job-store.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { deferred, jobKind, LEASE_MS, testScheduler } from "./harness.ts";

const jobIdOf = (result: ScheduleResult): number => {
  if (!result.scheduled) throw new Error("expected the job to be scheduled");
  return result.jobId;
};

describe("scheduler", () => {
  let test: TestDatabase;
  let clock: FakeClock;
  const row = (id: number) => test.db.job.findUniqueOrThrow({ where: { id } });

  beforeEach(async () => {
    test = await createTestDatabase();
    clock = new FakeClock("2026-01-15T09:00:00Z");
  });
  afterEach(() => test.close());

  it("runs each of 50 due jobs exactly once when two workers on two connections race", async () => {
    const runs: number[] = [];
    const record = jobKind({
      kind: "test.record",
      payload: z.object({ n: z.number() }),
      async run(_payload, { job }) {
        runs.push(job.id);
        await nextTurn(); // let the other worker interleave
      },
    });
    const a = testScheduler(test.db, clock, [record], { owner: "worker-a", batchSize: 5 });
    const b = testScheduler(await test.openAnother(), clock, [record], { owner: "worker-b", batchSize: 5 });
    const ids: number[] = [];
    for (let n = 0; n < 50; n++)
      ids.push(jobIdOf(await a.schedule({ kind: "test.record", runAt: clock.now(), payload: { n } })));

    const [ranByA, ranByB] = await Promise.all([a.tick(), b.tick()]);

    expect(ranByA + ranByB).toBe(50);
    expect([...runs].sort((x, y) => x - y)).toEqual(ids);
    const rows = await test.db.job.findMany();
    expect(rows.every((job) => job.status === "succeeded" && job.attempts === 1 && job.leaseOwner === null)).toBe(true);
  });

  it("retries a failing job with exponential backoff, then marks it failed with the last error", async () => {
    let calls = 0;
    const flaky = jobKind({
      kind: "test.flaky",
      payload: z.object({}),
      maxAttempts: 3,
      async run() {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    });
    const scheduler = testScheduler(test.db, clock, [flaky]);
    const id = jobIdOf(await scheduler.schedule({ kind: "test.flaky", runAt: clock.now() }));
    const start = clock.now().getTime();

    expect(await scheduler.tick()).toBe(1);
    expect(await row(id)).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: "boom 1",
      runAt: new Date(start + 30_000),
    });

    clock.advance(29_999);
    expect(await scheduler.tick()).toBe(0);
    clock.advance(1);
    expect(await scheduler.tick()).toBe(1);
    expect(await row(id)).toMatchObject({
      status: "pending",
      attempts: 2,
      lastError: "boom 2",
      runAt: new Date(start + 90_000),
    });

    clock.advance(60_000);
    expect(await scheduler.tick()).toBe(1);
    expect(await row(id)).toMatchObject({
      status: "failed",
      attempts: 3,
      lastError: "boom 3",
      finishedAt: clock.now(),
      leaseOwner: null,
    });

    clock.advance(86_400_000);
    expect(await scheduler.tick()).toBe(0);
    expect(calls).toBe(3);
  });

  it("ends succeeded when a job fails once and then works", async () => {
    const attempts: number[] = [];
    const onceBroken = jobKind({
      kind: "test.once-broken",
      payload: z.object({}),
      async run(_payload, { job }) {
        attempts.push(job.attempt);
        if (job.attempt === 1) throw new Error("temporary outage");
      },
    });
    const scheduler = testScheduler(test.db, clock, [onceBroken]);
    const id = jobIdOf(await scheduler.schedule({ kind: "test.once-broken", runAt: clock.now() }));

    await scheduler.tick();
    clock.advance(30_000);
    await scheduler.tick();

    expect(attempts).toEqual([1, 2]);
    expect(await row(id)).toMatchObject({
      status: "succeeded",
      attempts: 2,
      lastError: "temporary outage",
      finishedAt: clock.now(),
    });
  });

  it("logs a failure with job id, kind and attempt, never the payload", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino(
      { level: "info" },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const broken = jobKind({
      kind: "test.broken",
      payload: z.object({ phone: z.string() }),
      maxAttempts: 1,
      async run() {
        throw new Error("smtp down");
      },
    });
    const scheduler = testScheduler(test.db, clock, [broken], { log });
    const id = jobIdOf(
      await scheduler.schedule({ kind: "test.broken", runAt: clock.now(), payload: { phone: "0601020304" } }),
    );

    await scheduler.tick();

    const failure = lines.find((line) => line.msg === "job failed for good");
    expect(failure).toMatchObject({
      level: 50,
      jobId: id,
      kind: "test.broken",
      attempt: 1,
      outcome: "failed",
      err: { message: "smtp down" },
    });
    expect(JSON.stringify(lines)).not.toContain("0601020304");
  });

  it("runs a job that fell due while the scheduler was stopped once a new scheduler starts, and skips a stale skip-kind", async () => {
    const ran: string[] = [];
    const digest = jobKind({ kind: "test.digest", payload: z.object({}), run: async () => void ran.push("digest") });
    const reminder = jobKind({
      kind: "test.reminder",
      payload: z.object({}),
      stale: { afterMs: 3_600_000, action: "skip" },
      run: async () => void ran.push("reminder"),
    });
    const before = testScheduler(test.db, clock, [digest, reminder], { owner: "before-restart" });
    await before.start();
    const inAnHour = new Date(clock.now().getTime() + 3_600_000);
    const digestId = jobIdOf(await before.schedule({ kind: "test.digest", runAt: inAnHour }));
    const reminderId = jobIdOf(await before.schedule({ kind: "test.reminder", runAt: inAnHour }));
    await before.stop();

    clock.advance(3 * 3_600_000); // the bot was down; both jobs are now two hours late
    const after = testScheduler(test.db, clock, [digest, reminder], { owner: "after-restart" });
    await after.start();
    await after.tick(); // queued behind the first poll, which start() began
    await after.stop();

    expect(ran).toEqual(["digest"]);
    expect(await row(digestId)).toMatchObject({ status: "succeeded" });
    expect(await row(reminderId)).toMatchObject({ status: "skipped", finishedAt: clock.now() });
  });

  it("still runs a skip-if-stale job that is late by less than its limit", async () => {
    const ran: string[] = [];
    const reminder = jobKind({
      kind: "test.reminder",
      payload: z.object({}),
      stale: { afterMs: 3_600_000, action: "skip" },
      run: async () => void ran.push("reminder"),
    });
    const scheduler = testScheduler(test.db, clock, [reminder]);
    await scheduler.schedule({ kind: "test.reminder", runAt: clock.now() });
    clock.advance(3_600_000);
    await scheduler.tick();
    expect(ran).toEqual(["reminder"]);
  });

  it("creates one job when the same dedupe key is scheduled twice", async () => {
    const noop = jobKind({ kind: "test.noop", payload: z.object({}), run: async () => {} });
    const scheduler = testScheduler(test.db, clock, [noop]);
    const request = { kind: "test.noop", runAt: clock.now(), dedupeKey: "board-meeting:12:reminder" };

    expect(await scheduler.schedule(request)).toMatchObject({ scheduled: true });
    expect(await scheduler.schedule({ ...request, runAt: new Date("2026-02-01T08:00:00Z") })).toEqual({
      scheduled: false,
      reason: "duplicate",
    });
    expect(await test.db.job.count()).toBe(1);
  });

  it("cancels a pending job by its dedupe key, and nothing else", async () => {
    const ran: string[] = [];
    const noop = jobKind({ kind: "test.noop", payload: z.object({}), run: async () => void ran.push("ran") });
    const scheduler = testScheduler(test.db, clock, [noop]);
    await scheduler.schedule({ kind: "test.noop", runAt: clock.now(), dedupeKey: "a" });
    await scheduler.schedule({ kind: "test.noop", runAt: clock.now(), dedupeKey: "b" });

    expect(await scheduler.cancel("a")).toBe(true);
    expect(await scheduler.cancel("a")).toBe(false);
    expect(await scheduler.cancel("unknown")).toBe(false);
    await scheduler.tick();
    expect(await scheduler.cancel("b")).toBe(false); // already ran

    expect(ran).toEqual(["ran"]);
    const statuses = await test.db.job.findMany({
      orderBy: { dedupeKey: "asc" },
      select: { dedupeKey: true, status: true },
    });
    expect(statuses).toEqual([
      { dedupeKey: expect.stringMatching(/^a#cancelled-/), status: "cancelled" },
      { dedupeKey: "b", status: "succeeded" },
    ]);
  });

  it("reclaims the job of a crashed worker once its lease has expired", async () => {
    const attempts: number[] = [];
    const noop = jobKind({
      kind: "test.noop",
      payload: z.object({}),
      run: async (_p, { job }) => void attempts.push(job.attempt),
    });
    const survivor = testScheduler(test.db, clock, [noop], { owner: "survivor" });
    const id = jobIdOf(await survivor.schedule({ kind: "test.noop", runAt: clock.now() }));
    // Another process claims and starts the job, then dies without a word.
    const crashed = new JobStore(await test.openAnother());
    const [due] = await crashed.findClaimable(clock.now(), 10);
    const claimed = await crashed.claim(due!, "crashed", clock.now(), LEASE_MS);
    await crashed.start(claimed!, "crashed", clock.now(), LEASE_MS);

    clock.advance(LEASE_MS);
    expect(await survivor.tick()).toBe(0); // the lease is not over yet
    clock.advance(1);
    expect(await survivor.tick()).toBe(1);

    expect(attempts).toEqual([2]); // the crashed run used attempt 1
    expect(await row(id)).toMatchObject({ status: "succeeded", attempts: 2, leaseOwner: null });
  });

  it("fails for good a job whose worker crashed during its last attempt", async () => {
    const noop = jobKind({ kind: "test.noop", payload: z.object({}), maxAttempts: 1, run: async () => {} });
    const survivor = testScheduler(test.db, clock, [noop], { owner: "survivor" });
    const id = jobIdOf(await survivor.schedule({ kind: "test.noop", runAt: clock.now() }));
    const crashed = new JobStore(test.db);
    const [due] = await crashed.findClaimable(clock.now(), 10);
    await crashed.start(
      (await crashed.claim(due!, "crashed", clock.now(), LEASE_MS))!,
      "crashed",
      clock.now(),
      LEASE_MS,
    );

    clock.advance(LEASE_MS + 1);
    await survivor.tick();

    const failed = await row(id);
    expect(failed.status).toBe("failed");
    expect(failed.lastError).toContain("lease expired");
  });

  it("stop() waits for the running job and releases the jobs claimed but not started", async () => {
    const gate = deferred();
    const started = deferred();
    const events: string[] = [];
    const slow = jobKind({
      kind: "test.slow",
      payload: z.object({ n: z.number() }),
      async run({ n }) {
        events.push(`start ${n}`);
        started.resolve();
        await gate.promise;
        events.push(`end ${n}`);
      },
    });
    const scheduler = testScheduler(test.db, clock, [slow], { owner: "stopping", batchSize: 10, concurrency: 1 });
    const ids: number[] = [];
    for (let n = 0; n < 3; n++)
      ids.push(jobIdOf(await scheduler.schedule({ kind: "test.slow", runAt: clock.now(), payload: { n } })));

    const ticking = scheduler.tick();
    await started.promise;
    const stopped = scheduler.stop().then(() => void events.push("stopped"));
    await test.db.job.count(); // a database round trip: room for stop() to resolve too early, if it did
    expect(events).toEqual(["start 0"]);

    gate.resolve();
    await stopped;
    expect(await ticking).toBe(1);
    expect(events).toEqual(["start 0", "end 0", "stopped"]);
    expect(await row(ids[0]!)).toMatchObject({ status: "succeeded" });
    for (const id of ids.slice(1)) {
      expect(await row(id)).toMatchObject({ status: "pending", attempts: 0, leaseOwner: null, leaseExpiresAt: null });
    }

    const next = testScheduler(test.db, clock, [slow], { owner: "next" });
    expect(await next.tick()).toBe(2);
  });

  it("fails a job of unknown kind and jobs with an invalid payload without retry, and carries on", async () => {
    const seen: number[] = [];
    const remind = jobKind({
      kind: "test.remind",
      payload: z.object({ memberId: z.number().int() }),
      run: async ({ memberId }) => void seen.push(memberId),
    });
    const scheduler = testScheduler(test.db, clock, [remind]);
    // Rows as an older or newer version of the bot may have left them.
    const store = new JobStore(test.db);
    const insert = async (kind: string, payload: string) =>
      jobIdOf(await store.insert({ kind, runAt: clock.now(), payload, maxAttempts: 5 }));
    const ghost = await insert("test.ghost", "{}");
    const wrongType = await insert("test.remind", JSON.stringify({ memberId: "seven" }));
    const corrupt = await insert("test.remind", "{not json");
    const valid = await insert("test.remind", JSON.stringify({ memberId: 7 }));

    expect(await scheduler.tick()).toBe(4);

    expect(await row(ghost)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: expect.stringContaining('unknown job kind "test.ghost"'),
    });
    expect(await row(wrongType)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: expect.stringMatching(/^invalid payload: memberId: /),
    });
    expect(await row(corrupt)).toMatchObject({ status: "failed", lastError: "payload is not valid JSON" });
    expect(await row(valid)).toMatchObject({ status: "succeeded" });
    expect(seen).toEqual([7]);
  });

  it("refuses to schedule a kind nobody registers or a payload its schema rejects", async () => {
    const remind = jobKind({ kind: "test.remind", payload: z.object({ memberId: z.number() }), run: async () => {} });
    const scheduler = testScheduler(test.db, clock, [remind]);

    await expect(scheduler.schedule({ kind: "test.nope", runAt: clock.now() })).rejects.toThrow(
      /"test.nope": no installed feature/,
    );
    await expect(
      scheduler.schedule({ kind: "test.remind", runAt: clock.now(), payload: { memberId: "7" } }),
    ).rejects.toThrow(/invalid payload: memberId/);
    expect(await test.db.job.count()).toBe(0);
  });

  it("runs a ten-minute job once under a five-minute lease: the lease is renewed while it runs", async () => {
    const runs: number[] = [];
    const waitForOther: boolean[] = [];
    let other: ReturnType<typeof testScheduler> | undefined;
    const long = jobKind({
      kind: "test.long",
      payload: z.object({}),
      async run(_payload, { job }) {
        runs.push(job.id);
        for (let minute = 1; minute <= 10; minute++) {
          clock.advance(60_000);
          await sleep(25); // real time for the heartbeat to renew the lease at the new time
          waitForOther.push((await other!.tick()) === 0);
        }
      },
    });
    const options = { leaseMs: 5 * 60_000, heartbeatMs: 5 };
    const worker = testScheduler(test.db, clock, [long], { ...options, owner: "long-runner" });
    other = testScheduler(await test.openAnother(), clock, [long], { ...options, owner: "other" });
    const id = jobIdOf(await worker.schedule({ kind: "test.long", runAt: clock.now() }));

    expect(await worker.tick()).toBe(1);
    expect(runs).toEqual([id]);
    expect(waitForOther).toEqual(Array(10).fill(true)); // the other worker never took it over
    expect(await row(id)).toMatchObject({ status: "succeeded", attempts: 1, leaseOwner: null });
  });

  it("aborts a running job whose lease another worker took over", async () => {
    let aborted: unknown;
    const gate = deferred();
    const watched = jobKind({
      kind: "test.watched",
      payload: z.object({}),
      async run(_payload, { signal }) {
        await new Promise<void>((resolve) => {
          signal.addEventListener("abort", () => resolve());
          void gate.promise.then(resolve);
        });
        aborted = signal.aborted ? signal.reason : undefined;
      },
    });
    const worker = testScheduler(test.db, clock, [watched], { owner: "stalled", heartbeatMs: 5 });
    const id = jobIdOf(await worker.schedule({ kind: "test.watched", runAt: clock.now() }));
    const running = worker.tick();
    await until(async () => (await row(id)).status === "running");
    await test.db.job.update({ where: { id }, data: { leaseOwner: "someone-else" } });
    await running;
    gate.resolve();
    expect(aborted).toBeInstanceOf(Error);
    expect((aborted as Error).message).toBe("job lease lost");
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(5);
  }
}
