import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../core/clock.ts";
import type { JobKind } from "../core/job-kind.ts";
import type { JobScheduler, ScheduleRequest, ScheduleResult } from "../core/scheduler-port.ts";
import type { Services } from "../core/services.ts";
import type { Database } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Logger } from "../log.ts";
import { type Job, JobStore, type NewJob } from "./job-store.ts";
import { decodePayload, encodePayload } from "./payload.ts";
import { occurrenceKey, RecurringPlan } from "./recurring.ts";
import { type JobOutcome, type JobRunner, runClaimedJob } from "./run-job.ts";

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_TIMEZONE = "Europe/Paris";
const DEFAULT_BATCH_SIZE = 10;
/** Jobs of a batch run side by side: deliveries wait on the network, not on this process. */
const DEFAULT_CONCURRENCY = 4;
/** A running job's lease is renewed this often, at most (a third of the lease when that is shorter). */
const MAX_HEARTBEAT_MS = 60_000;
/** Rounds in a row in which other workers claimed every due job read, before a tick gives up. */
const MAX_FRUITLESS_ROUNDS = 3;
/** Recurring kinds are re-planned this often too, in case an occurrence was lost (crash, cancel). */
const REPLAN_EVERY_MS = 3600_000;

export interface SchedulerOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** Every kind the bot knows (the registry's job kinds). */
  kinds: readonly JobKind<unknown>[];
  /** A getter: the services contain this scheduler. Called when a job runs. */
  services: () => Services;
  /** Names this worker in leases; unique per instance by default (host, pid, random suffix). */
  owner?: string;
  /** How long a claimed job stays this worker's; must exceed the longest job. */
  leaseMs: number;
  /** How often the loop wakes up to look for due jobs. */
  pollMs: number;
  /** Zone of the `every` cron expressions. */
  timezone?: string;
  /** Jobs claimed at once. */
  batchSize?: number;
  /** How many jobs of a batch run at the same time. */
  concurrency?: number;
  /** How often (real milliseconds) a running job's lease is renewed; default a third of the lease, at most a minute. */
  heartbeatMs?: number;
}

/**
 * The persisted job scheduler. Jobs are rows; due times come from the rows and the injected clock,
 * and the timer only wakes the loop up. Several instances (processes) may share one database:
 * claims are compare-and-set updates, so a job runs on one worker at a time.
 */
export class Scheduler implements JobScheduler {
  readonly owner: string;
  private readonly store: JobStore;
  private readonly kinds: Map<string, JobKind<unknown>>;
  private readonly recurring: RecurringPlan;
  private readonly runner: JobRunner;
  private readonly log: Logger;
  private started = false;
  private stopping = false;
  private timer: NodeJS.Timeout | undefined;
  private plannedAt = 0;
  /** The current tick; ticks of one instance never overlap. */
  private currentTick: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SchedulerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.log = options.log.child({ component: "scheduler" });
    this.store = new JobStore(options.db);
    this.kinds = new Map();
    for (const kind of options.kinds) {
      if (this.kinds.has(kind.kind)) throw new Error(`Job kind "${kind.kind}" is registered twice`);
      this.kinds.set(kind.kind, kind);
    }
    this.recurring = new RecurringPlan(options.kinds, options.timezone ?? DEFAULT_TIMEZONE);
    this.runner = {
      store: this.store,
      kinds: this.kinds,
      services: options.services,
      clock: options.clock,
      log: this.log,
      owner: this.owner,
      leaseMs: options.leaseMs,
      heartbeatMs: options.heartbeatMs ?? Math.min(MAX_HEARTBEAT_MS, Math.floor(options.leaseMs / 3)),
    };
  }

  /**
   * Stores a job. Throws a TypeError for a kind no feature registers or a payload its schema
   * rejects: a bug at the call site, better found there than when the job runs.
   */
  async schedule(request: ScheduleRequest): Promise<ScheduleResult> {
    const job = this.checked(request);
    const result = await this.store.insert(job);
    if (result.scheduled) this.log.debug({ jobId: result.jobId, kind: job.kind, runAt: job.runAt }, "job scheduled");
    else this.log.debug({ kind: job.kind, dedupeKey: job.dedupeKey }, "job already scheduled");
    return result;
  }

  /** {@link schedule} inside the caller's transaction (see the port). */
  scheduleIn(tx: Prisma.TransactionClient, request: ScheduleRequest): Promise<ScheduleResult> {
    return new JobStore(tx).insert(this.checked(request));
  }

  /** {@link schedule} for many jobs in one statement (an audience send's deliveries). */
  async scheduleMany(requests: readonly ScheduleRequest[]): Promise<ScheduleResult[]> {
    if (requests.length === 0) return [];
    const results = await this.store.insertMany(requests.map((request) => this.checked(request)));
    this.log.debug({ scheduled: results.filter((r) => r.scheduled).length, asked: requests.length }, "jobs scheduled");
    return results;
  }

  /**
   * The row of a request. Throws a TypeError for a kind no feature registers or a payload its schema
   * rejects: a bug at the call site, better found there than when the job runs.
   */
  private checked(request: ScheduleRequest): NewJob {
    const kind = this.kinds.get(request.kind);
    if (!kind) throw new TypeError(`Cannot schedule job kind "${request.kind}": no installed feature registers it`);
    if (Number.isNaN(request.runAt.getTime())) {
      throw new TypeError(`Cannot schedule job kind "${request.kind}": invalid run-at`);
    }
    const payload = encodePayload(request.payload);
    const checked = decodePayload(kind, payload);
    if (!checked.ok) throw new TypeError(`Cannot schedule job kind "${request.kind}": ${checked.error}`);
    return {
      kind: kind.kind,
      runAt: request.runAt,
      payload,
      dedupeKey: request.dedupeKey ?? null,
      maxAttempts: kind.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    };
  }

  runs(kind: string): boolean {
    return this.kinds.has(kind);
  }

  cancel(dedupeKey: string): Promise<boolean> {
    return this.store.cancel(dedupeKey, this.options.clock.now());
  }

  /** Plans recurring kinds, then runs due jobs now and every `pollMs`. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.stopping = false;
    await this.planRecurring();
    this.log.info(
      { owner: this.owner, kinds: this.kinds.size, recurring: this.recurring.kinds() },
      "scheduler started",
    );
    this.wake();
  }

  /**
   * Stops polling, waits for the running job, and gives back the jobs claimed with it but not
   * started, so another worker (or the next start) runs them.
   */
  async stop(): Promise<void> {
    this.started = false;
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.currentTick;
    this.log.info({ owner: this.owner }, "scheduler stopped");
  }

  /**
   * Claims and runs every job due now; resolves to how many it handled (run, skipped or failed).
   * Tests call it directly with a fake clock. Runs nothing once `stop()` was called.
   */
  tick(): Promise<number> {
    const tick = this.currentTick.then(() => this.drain());
    this.currentTick = tick.catch(() => undefined);
    return tick;
  }

  /** Gives each recurring kind with no pending or running job its next occurrence; returns how many were planned. */
  async planRecurring(): Promise<number> {
    this.plannedAt = this.options.clock.now().getTime();
    let planned = 0;
    for (const kind of this.recurring.kinds()) if (await this.planNext(kind)) planned++;
    return planned;
  }

  private wake(): void {
    this.timer = undefined;
    this.tick()
      .catch((error: unknown) => this.log.error({ err: error }, "scheduler tick failed; next poll retries"))
      .finally(() => {
        if (this.started && this.timer === undefined) this.timer = setTimeout(() => this.wake(), this.options.pollMs);
      });
  }

  private async drain(): Promise<number> {
    if (this.started && this.options.clock.now().getTime() - this.plannedAt >= REPLAN_EVERY_MS)
      await this.planRecurring();
    let handled = 0;
    let fruitless = 0;
    while (!this.stopping) {
      const now = this.options.clock.now();
      const due = await this.store.findClaimable(now, this.options.batchSize ?? DEFAULT_BATCH_SIZE);
      if (due.length === 0) break;
      const claimed: Job[] = [];
      for (const job of due) {
        const mine = await this.store.claim(job, this.owner, now, this.options.leaseMs);
        if (mine) claimed.push(mine);
      }
      if (claimed.length === 0) {
        // Other workers won these rows and hold them now; look further, but a row that somehow
        // cannot be claimed must not spin the loop: the next poll looks again.
        if (++fruitless >= MAX_FRUITLESS_ROUNDS) break;
        continue;
      }
      fruitless = 0;
      handled += await this.runBatch(claimed);
    }
    return handled;
  }

  /** Runs claimed jobs, `concurrency` at a time; on stop, gives back those not started. */
  private async runBatch(claimed: Job[]): Promise<number> {
    const waiting = [...claimed];
    let handled = 0;
    const worker = async () => {
      while (!this.stopping && waiting.length > 0) {
        const job = waiting.shift()!;
        const outcome = await runClaimedJob(job, this.runner);
        if (outcome !== "lost") handled++;
        if (isFinal(outcome) && this.recurring.recurs(job.kind)) await this.planNext(job.kind);
      }
    };
    try {
      const workers = Math.max(1, Math.min(this.options.concurrency ?? DEFAULT_CONCURRENCY, waiting.length));
      await Promise.all(Array.from({ length: workers }, worker));
    } finally {
      if (waiting.length > 0) {
        const released = await this.store.release(
          waiting.map((job) => job.id),
          this.owner,
        );
        this.log.info({ released }, "released jobs claimed but not started");
      }
    }
    return handled;
  }

  private async planNext(kind: string): Promise<boolean> {
    if (await this.store.hasOpen(kind)) return false;
    const runAt = this.recurring.next(kind, this.options.clock.now());
    if (!runAt) return false;
    const result = await this.store.insert({
      kind,
      runAt,
      payload: "{}",
      dedupeKey: occurrenceKey(kind, runAt),
      maxAttempts: this.kinds.get(kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    });
    if (result.scheduled) this.log.info({ jobId: result.jobId, kind, runAt }, "recurring job planned");
    return result.scheduled;
  }
}

const isFinal = (outcome: JobOutcome): boolean =>
  outcome === "succeeded" || outcome === "skipped" || outcome === "failed";
