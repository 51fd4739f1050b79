import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JobStore, type NewJob } from "../../src/scheduler/job-store.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { FakeClock } from "../support/fake-clock.ts";
import { LEASE_MS } from "./harness.ts";

describe("job store", () => {
  let test: TestDatabase;
  let store: JobStore;
  const clock = new FakeClock("2026-01-15T09:00:00Z");
  const job = (overrides: Partial<NewJob> = {}): NewJob => ({
    kind: "test.job",
    runAt: clock.now(),
    payload: "{}",
    maxAttempts: 5,
    ...overrides,
  });

  beforeEach(async () => {
    test = await createTestDatabase();
    store = new JobStore(test.db);
  });
  afterEach(() => test.close());

  it("answers duplicate, without throwing, for a dedupe key already used", async () => {
    const first = await store.insert(job({ dedupeKey: "reminder:42" }));
    expect(first).toEqual({ scheduled: true, jobId: expect.any(Number) });
    expect(await store.insert(job({ dedupeKey: "reminder:42", runAt: new Date("2026-02-01T00:00:00Z") }))).toEqual({
      scheduled: false,
      reason: "duplicate",
    });
    expect(await test.db.job.count()).toBe(1);
  });

  it("frees the dedupe key of a cancelled job, so a moved reminder can be scheduled again", async () => {
    await store.insert(job({ dedupeKey: "reminder:42" }));
    expect(await store.cancel("reminder:42", clock.now())).toBe(true);
    expect(await store.insert(job({ dedupeKey: "reminder:42" }))).toEqual({
      scheduled: true,
      jobId: expect.any(Number),
    });
    const rows = await test.db.job.findMany({ orderBy: { id: "asc" }, select: { dedupeKey: true, status: true } });
    expect(rows).toEqual([
      { dedupeKey: expect.stringMatching(/^reminder:42#cancelled-\d+$/), status: "cancelled" },
      { dedupeKey: "reminder:42", status: "pending" },
    ]);
  });

  it("lets exactly one of two workers on two connections claim a job both saw due", async () => {
    await store.insert(job());
    const other = new JobStore(await test.openAnother());
    const [seenByA] = await store.findClaimable(clock.now(), 10);
    const [seenByB] = await other.findClaimable(clock.now(), 10);
    const claims = await Promise.all([
      store.claim(seenByA!, "worker-a", clock.now(), LEASE_MS),
      other.claim(seenByB!, "worker-b", clock.now(), LEASE_MS),
    ]);
    expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
    const row = await test.db.job.findUniqueOrThrow({ where: { id: seenByA!.id } });
    expect(row.status).toBe("running");
    expect(claims.find((claim) => claim)?.leaseOwner).toBe(row.leaseOwner);
  });

  it("refuses a claim based on a stale read, after the job failed and was put back to pending", async () => {
    await store.insert(job());
    const [stale] = await store.findClaimable(clock.now(), 10);
    const claimed = await store.claim(stale!, "worker-a", clock.now(), LEASE_MS);
    const started = await store.start(claimed!, "worker-a", clock.now(), LEASE_MS);
    await store.fail(started!, "worker-a", clock.now(), "boom", { retry: true });
    clock.advance(60_000); // the retry is due again, but worker B's read predates it
    expect(await store.claim(stale!, "worker-b", clock.now(), LEASE_MS)).toBeNull();
  });

  it("gives back claimed jobs that did not start without using an attempt", async () => {
    await store.insert(job());
    const [due] = await store.findClaimable(clock.now(), 10);
    await store.claim(due!, "worker-a", clock.now(), LEASE_MS);
    expect(await store.release([due!.id], "worker-b")).toBe(0);
    expect(await store.release([due!.id], "worker-a")).toBe(1);
    expect(await test.db.job.findUniqueOrThrow({ where: { id: due!.id } })).toMatchObject({
      status: "pending",
      attempts: 0,
      leaseOwner: null,
      leaseExpiresAt: null,
    });
  });

  it("truncates a long error message", async () => {
    await store.insert(job({ maxAttempts: 1 }));
    const [due] = await store.findClaimable(clock.now(), 10);
    const started = await store.start(
      (await store.claim(due!, "w", clock.now(), LEASE_MS))!,
      "w",
      clock.now(),
      LEASE_MS,
    );
    expect(await store.fail(started!, "w", clock.now(), "x".repeat(5000), { retry: true })).toEqual({
      outcome: "failed",
    });
    const row = await test.db.job.findUniqueOrThrow({ where: { id: due!.id } });
    expect(row.lastError).toHaveLength(1000);
    expect(row.lastError?.endsWith("…")).toBe(true);
  });
});
