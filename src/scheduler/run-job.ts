import { performance } from "node:perf_hooks";
import type { Clock } from "../core/clock.ts";
import type { JobKind } from "../core/job-kind.ts";
import type { Services } from "../core/services.ts";
import type { Logger } from "../log.ts";
import type { Job, JobStore } from "./job-store.ts";
import { decodePayload } from "./payload.ts";

/** What became of a claimed job. "lost": another worker took its lease over, it is theirs now. */
export type JobOutcome = "succeeded" | "skipped" | "retrying" | "failed" | "lost";

export interface JobRunner {
  store: JobStore;
  kinds: ReadonlyMap<string, JobKind<unknown>>;
  services: () => Services;
  clock: Clock;
  log: Logger;
  owner: string;
  leaseMs: number;
  /** How often (real milliseconds) a running job's lease is renewed; well under `leaseMs`. */
  heartbeatMs: number;
}

/** What to do with a started job, before any handler runs. */
export type Decision =
  | { action: "run"; kind: JobKind<unknown>; payload: unknown }
  | { action: "skip"; lateMs: number }
  /** Fail without retry: a retry would fail the same way. */
  | { action: "refuse"; reason: string };

/** Decides from the row alone (attempts left, kind known, stale policy, payload valid). */
export function decide(job: Job, kinds: ReadonlyMap<string, JobKind<unknown>>, now: Date): Decision {
  if (job.attempts > job.maxAttempts) {
    return {
      action: "refuse",
      reason: `abandoned: the worker running attempt ${job.attempts - 1} stopped before finishing (lease expired)`,
    };
  }
  const kind = kinds.get(job.kind);
  if (!kind) return { action: "refuse", reason: `unknown job kind "${job.kind}": no installed feature registers it` };
  const lateMs = now.getTime() - job.runAt.getTime();
  if (kind.stale?.action === "skip" && lateMs > kind.stale.afterMs) return { action: "skip", lateMs };
  const payload = decodePayload(kind, job.payload);
  return payload.ok ? { action: "run", kind, payload: payload.value } : { action: "refuse", reason: payload.error };
}

/**
 * Runs one job this worker has claimed: start it (count the attempt), decide, run the handler,
 * record the outcome and log it with the job id, kind and attempt. Handler errors become a retry
 * or a failure; only database errors propagate.
 */
export async function runClaimedJob(claimed: Job, runner: JobRunner): Promise<JobOutcome> {
  const { store, clock, owner } = runner;
  const job = await store.start(claimed, owner, clock.now(), runner.leaseMs);
  const log = runner.log.child({ jobId: claimed.id, kind: claimed.kind, attempt: job?.attempts ?? claimed.attempts });
  if (!job) return logOutcome(log, "lost", performance.now());
  const began = performance.now();
  const complete = async (status: "succeeded" | "skipped") =>
    logOutcome(log, (await store.complete(job, owner, status, clock.now())) ? status : "lost", began);
  /** `error` is what the handler threw, or the reason the scheduler refuses the job. */
  const fail = async (error: unknown, retry: boolean) => {
    const { outcome } = await store.fail(job, owner, clock.now(), describeError(error), { retry });
    return logOutcome(log, outcome, began, error);
  };

  const decision = decide(job, runner.kinds, clock.now());
  if (decision.action === "refuse") return fail(decision.reason, false);
  if (decision.action === "skip") {
    log.info({ lateMs: decision.lateMs }, "job is stale");
    return complete("skipped");
  }
  const heartbeat = keepLease(job, runner, log);
  try {
    const context = {
      services: runner.services(),
      job: {
        id: job.id,
        kind: job.kind,
        runAt: job.runAt,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
        dedupeKey: job.dedupeKey,
      },
      log,
      signal: heartbeat.signal,
    };
    await decision.kind.run(decision.payload, context);
  } catch (error) {
    return fail(error, true);
  } finally {
    heartbeat.stop();
  }
  return complete("succeeded");
}

/**
 * Renews the lease of a running job every `heartbeatMs`, so a job longer than the lease is not taken
 * over by another worker. If the lease is lost anyway (this process stalled), the job's signal aborts.
 */
function keepLease(job: Job, runner: JobRunner, log: Logger): { signal: AbortSignal; stop(): void } {
  const controller = new AbortController();
  let renewing = false;
  const timer = setInterval(() => {
    if (renewing) return;
    renewing = true;
    runner.store
      .renew(job, runner.owner, runner.clock.now(), runner.leaseMs)
      .then((held) => {
        if (held) return;
        log.warn("job lease lost while running: aborting it");
        controller.abort(new Error("job lease lost"));
        clearInterval(timer);
      })
      .catch((error: unknown) => log.warn({ err: error }, "job lease renewal failed; trying again"))
      .finally(() => {
        renewing = false;
      });
  }, runner.heartbeatMs);
  timer.unref();
  return { signal: controller.signal, stop: () => clearInterval(timer) };
}

const MESSAGES: Record<JobOutcome, string> = {
  succeeded: "job succeeded",
  skipped: "job skipped",
  retrying: "job failed, will retry",
  failed: "job failed for good",
  lost: "job lease lost to another worker: its result is dropped",
};

function logOutcome(log: Logger, outcome: JobOutcome, began: number, error?: unknown): JobOutcome {
  const fields = { outcome, durationMs: Math.round(performance.now() - began), ...errorFields(error) };
  if (outcome === "failed") log.error(fields, MESSAGES[outcome]);
  else if (outcome === "retrying" || outcome === "lost") log.warn(fields, MESSAGES[outcome]);
  else log.info(fields, MESSAGES[outcome]);
  return outcome;
}

function errorFields(error: unknown): Record<string, unknown> {
  if (error === undefined) return {};
  return typeof error === "string" ? { reason: error } : { err: error };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.name === "Error" ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}
