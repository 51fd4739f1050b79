import type { z } from "zod";
import type { Logger } from "../log.ts";
import type { Services } from "./services.ts";

export interface JobContext {
  services: Services;
  job: { id: number; kind: string; runAt: Date; attempt: number; maxAttempts: number; dedupeKey: string | null };
  log: Logger;
  /** Aborted when this worker lost the job's lease (another worker may run it): stop and leave no half-work. */
  signal: AbortSignal;
}

/** What to do with a job found due long after its time, e.g. after the bot was down. */
export interface StalePolicy {
  /** A job is stale when claimed more than this many milliseconds after its run-at. */
  afterMs: number;
  /** "run" anyway (a digest), or "skip" it (a reminder for a meeting that is over). */
  action: "run" | "skip";
}

/** A kind of job a feature knows how to run. */
export interface JobKind<P = unknown> {
  kind: string;
  /** Validates the stored payload before `run`; an invalid payload fails the job without retry. */
  payload: z.ZodType<P>;
  run(payload: P, context: JobContext): Promise<void>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** Stale jobs run by default. */
  stale?: StalePolicy;
  /** A cron expression (in the bot's time zone) for jobs the scheduler plans itself, e.g. a nightly purge. */
  every?: string;
}
