import type { ScheduleResult } from "../core/scheduler-port.ts";
import type { Database } from "../db/client.ts";
import { type Job, Prisma } from "../generated/prisma/client.ts";
import { retryDelayMs } from "./backoff.ts";

export type { Job };

/** `lastError` keeps the start of the message: enough to diagnose, never a whole stack or payload. */
const LAST_ERROR_MAX_LENGTH = 1000;

export interface NewJob {
  kind: string;
  runAt: Date;
  /** Already JSON-encoded. */
  payload: string;
  dedupeKey?: string | null;
  maxAttempts: number;
}

export type FailOutcome =
  | { outcome: "retrying"; retryAt: Date }
  | { outcome: "failed" }
  /** Another worker took the lease over: this worker's result is dropped. */
  | { outcome: "lost" };

/** SQLite takes a bounded number of values in a statement: long `IN` lists and inserts go in slices. */
const IN_LIST_SIZE = 500;

/** Due jobs, and jobs whose worker died (lease expired while running). */
const claimable = (now: Date): Prisma.JobWhereInput[] => [
  { status: "pending", runAt: { lte: now } },
  { status: "running", leaseExpiresAt: { lt: now } },
];

/**
 * Job rows and their state changes. Every change a worker makes after claiming is a
 * compare-and-set on (status, lease owner, attempts): a worker that lost its lease cannot
 * overwrite the row of the worker that took it over, even on another process.
 *
 * Attempts are counted when a job *starts*, not when it fails: a job that kills its worker (crash,
 * out of memory) still uses an attempt, so it cannot loop forever through lease expiries.
 */
export class JobStore {
  /** The client, or a transaction of the caller's (a job stored with the change it follows up). */
  constructor(private readonly db: Pick<Database, "job">) {}

  /**
   * Inserts a job; a dedupe key already used (by any job, whatever its status) gives "duplicate". In a
   * transaction too: SQLite undoes only the refused statement, so the transaction goes on.
   */
  async insert(job: NewJob): Promise<ScheduleResult> {
    try {
      const row = await this.db.job.create({ data: rowOf(job), select: { id: true } });
      return { scheduled: true, jobId: row.id };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        return { scheduled: false, reason: "duplicate" };
      }
      throw error;
    }
  }

  /**
   * Inserts many jobs in one statement; a dedupe key already used (or used twice in the batch) gives
   * "duplicate" for that job. Results are in the order of `jobs`.
   */
  async insertMany(jobs: readonly NewJob[]): Promise<ScheduleResult[]> {
    const keys = jobs.flatMap((job) => (job.dedupeKey ? [job.dedupeKey] : []));
    const taken = new Set<string>();
    for (let i = 0; i < keys.length; i += IN_LIST_SIZE) {
      const rows = await this.db.job.findMany({
        where: { dedupeKey: { in: keys.slice(i, i + IN_LIST_SIZE) } },
        select: { dedupeKey: true },
      });
      for (const row of rows) taken.add(row.dedupeKey!);
    }
    const fresh = jobs.filter((job) => {
      if (!job.dedupeKey) return true;
      if (taken.has(job.dedupeKey)) return false;
      taken.add(job.dedupeKey);
      return true;
    });
    try {
      const created: { id: number }[] = [];
      for (let i = 0; i < fresh.length; i += IN_LIST_SIZE) {
        const slice = fresh.slice(i, i + IN_LIST_SIZE).map(rowOf);
        created.push(...(await this.db.job.createManyAndReturn({ data: slice, select: { id: true } })));
      }
      const ids = new Map(fresh.map((job, i) => [job, created[i]!.id]));
      return jobs.map((job) => {
        const jobId = ids.get(job);
        return jobId === undefined ? { scheduled: false, reason: "duplicate" } : { scheduled: true, jobId };
      });
    } catch (error) {
      // Another process inserted one of the keys meanwhile: one by one, each duplicate reported as such.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      const results: ScheduleResult[] = [];
      for (const job of jobs) results.push(await this.insert(job));
      return results;
    }
  }

  /** Up to `limit` claimable jobs, oldest run-at first. Reading them claims nothing: see {@link claim}. */
  findClaimable(now: Date, limit: number): Promise<Job[]> {
    return this.db.job.findMany({
      where: { OR: claimable(now) },
      orderBy: [{ runAt: "asc" }, { id: "asc" }],
      take: limit,
    });
  }

  /**
   * Takes the lease of a job read by {@link findClaimable}, if the row is still as it was read
   * (one UPDATE, which SQLite serialises across processes). Null when another worker was first.
   */
  async claim(observed: Job, owner: string, now: Date, leaseMs: number): Promise<Job | null> {
    const leaseExpiresAt = new Date(now.getTime() + leaseMs);
    const { count } = await this.db.job.updateMany({
      where: {
        id: observed.id,
        status: observed.status,
        runAt: observed.runAt,
        attempts: observed.attempts,
        leaseOwner: observed.leaseOwner,
        leaseExpiresAt: observed.leaseExpiresAt,
        OR: claimable(now),
      },
      data: { status: "running", leaseOwner: owner, leaseExpiresAt },
    });
    return count === 1 ? { ...observed, status: "running", leaseOwner: owner, leaseExpiresAt } : null;
  }

  /**
   * Starts a claimed job: counts the attempt and renews the lease, so jobs claimed in a batch do
   * not expire while they wait their turn. Null when the lease was lost meanwhile.
   */
  async start(job: Job, owner: string, now: Date, leaseMs: number): Promise<Job | null> {
    const leaseExpiresAt = new Date(now.getTime() + leaseMs);
    const { count } = await this.db.job.updateMany({
      where: { id: job.id, status: "running", leaseOwner: owner, attempts: job.attempts },
      data: { attempts: { increment: 1 }, leaseExpiresAt },
    });
    return count === 1 ? { ...job, attempts: job.attempts + 1, leaseExpiresAt } : null;
  }

  /** Extends the lease of a running job; false when this worker no longer holds it. */
  async renew(job: Job, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    const { count } = await this.db.job.updateMany({
      where: this.owned(job, owner),
      data: { leaseExpiresAt: new Date(now.getTime() + leaseMs) },
    });
    return count === 1;
  }

  /** Records the end of a started job. False when the lease was lost meanwhile. */
  async complete(job: Job, owner: string, status: "succeeded" | "skipped", now: Date): Promise<boolean> {
    const { count } = await this.db.job.updateMany({
      where: this.owned(job, owner),
      data: { status, finishedAt: now, leaseOwner: null, leaseExpiresAt: null },
    });
    return count === 1;
  }

  /**
   * Records the failure of a started job: back to pending after the backoff, or `failed` once it
   * has used its attempts (or at once when `retry` is false: a retry would fail the same way).
   */
  async fail(job: Job, owner: string, now: Date, error: string, options: { retry: boolean }): Promise<FailOutcome> {
    const lastError = truncate(error, LAST_ERROR_MAX_LENGTH);
    const final = !options.retry || job.attempts >= job.maxAttempts;
    const retryAt = new Date(now.getTime() + retryDelayMs(Math.max(1, job.attempts)));
    const { count } = await this.db.job.updateMany({
      where: this.owned(job, owner),
      data: final
        ? { status: "failed", lastError, finishedAt: now, leaseOwner: null, leaseExpiresAt: null }
        : { status: "pending", lastError, runAt: retryAt, leaseOwner: null, leaseExpiresAt: null },
    });
    if (count !== 1) return { outcome: "lost" };
    return final ? { outcome: "failed" } : { outcome: "retrying", retryAt };
  }

  /** Gives back jobs this worker claimed but did not start (on stop): pending again, no attempt used. */
  async release(ids: readonly number[], owner: string): Promise<number> {
    if (ids.length === 0) return 0;
    const { count } = await this.db.job.updateMany({
      where: { id: { in: [...ids] }, status: "running", leaseOwner: owner },
      data: { status: "pending", leaseOwner: null, leaseExpiresAt: null },
    });
    return count;
  }

  /**
   * Cancels the pending job with this key and frees the key (kept, suffixed, for the record), so a
   * moved meeting's reminder can be scheduled again under the same key.
   */
  async cancel(dedupeKey: string, now: Date): Promise<boolean> {
    const job = await this.db.job.findUnique({ where: { dedupeKey } });
    if (job?.status !== "pending") return false;
    const { count } = await this.db.job.updateMany({
      where: { id: job.id, status: "pending" },
      data: { status: "cancelled", finishedAt: now, dedupeKey: `${dedupeKey}#cancelled-${job.id}` },
    });
    return count === 1;
  }

  /** Whether a job of this kind is waiting or running (recurring kinds keep exactly one). */
  async hasOpen(kind: string): Promise<boolean> {
    const open = await this.db.job.count({ where: { kind, status: { in: ["pending", "running"] } } });
    return open > 0;
  }

  private owned(job: Job, owner: string): Prisma.JobWhereInput {
    return { id: job.id, status: "running", leaseOwner: owner, attempts: job.attempts };
  }
}

const rowOf = (job: NewJob) => ({
  kind: job.kind,
  runAt: job.runAt,
  payload: job.payload,
  dedupeKey: job.dedupeKey ?? null,
  maxAttempts: job.maxAttempts,
});

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
