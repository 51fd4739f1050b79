import type { Clock } from "../../src/core/clock.ts";
import type { JobKind } from "../../src/core/job-kind.ts";
import type { Services } from "../../src/core/services.ts";
import type { Database } from "../../src/db/client.ts";
import { silentLogger } from "../../src/log.ts";
import { Scheduler, type SchedulerOptions } from "../../src/scheduler/scheduler.ts";

export const LEASE_MS = 60_000;

/** Registers a typed kind where the scheduler takes kinds of unknown payload (as Feature.jobs does). */
export const jobKind = <P>(kind: JobKind<P>): JobKind<unknown> => kind as unknown as JobKind<unknown>;

/**
 * A scheduler on a test database. Jobs only see the services the scheduler tests need; the polling
 * timer is long, since tests drive `tick()` themselves.
 */
export function testScheduler(
  db: Database,
  clock: Clock,
  kinds: JobKind<unknown>[],
  options: Partial<Omit<SchedulerOptions, "db" | "clock" | "kinds">> = {},
): Scheduler {
  const log = options.log ?? silentLogger();
  const scheduler: Scheduler = new Scheduler({
    db,
    clock,
    log,
    kinds,
    services: () => ({ db, clock, log, scheduler }) as Partial<Services> as Services,
    leaseMs: LEASE_MS,
    pollMs: 3_600_000,
    timezone: "Europe/Paris",
    ...options,
  });
  return scheduler;
}

/** A promise a test settles by hand, to hold a job in the middle of its run. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
