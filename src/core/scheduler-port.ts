import type { Prisma } from "./persistence.ts";

export interface ScheduleRequest {
  kind: string;
  runAt: Date;
  payload?: unknown;
  /** Scheduling again with a key already used is a no-op: the same reminder is never scheduled twice. */
  dedupeKey?: string;
}

export type ScheduleResult = { scheduled: true; jobId: number } | { scheduled: false; reason: "duplicate" };

/** Persisted deferred work: reminders, proposals, digests, scheduled announcements. */
export interface JobScheduler {
  schedule(request: ScheduleRequest): Promise<ScheduleResult>;
  /** Many jobs at once (an audience send's deliveries): the results in the order of the requests. */
  scheduleMany(requests: readonly ScheduleRequest[]): Promise<ScheduleResult[]>;
  /**
   * Stores the job in the caller's transaction: it exists if and only if the change it follows up
   * commits (an offer and its expiry, a seat taken and the message telling the volunteer), so a crash
   * between the two can leave neither half alone.
   */
  scheduleIn(tx: Prisma.TransactionClient, request: ScheduleRequest): Promise<ScheduleResult>;
  /** Whether an installed feature registers this job kind (data that starts jobs is seeded only then). */
  runs(kind: string): boolean;
  /** Cancels a pending job by its dedupe key; true when one was cancelled. */
  cancel(dedupeKey: string): Promise<boolean>;
}
