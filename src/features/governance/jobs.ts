// The governance jobs: the daily calendar (obligations entering the horizon, board changes, successions, the
// sweeps to plan), the sweeps (reminders, escalations, convocations, meetings over) and the weekly digest.
// Messages leave in business hours only: a sweep or digest run outside them (after downtime) waits for the next
// opening.
import { z } from "zod";
import type { JobContext, JobKind } from "../../core/feature.ts";
import { readBoardChanges } from "./calendar/board-changes.ts";
import { openSuccessionTasks } from "./calendar/succession.ts";
import { yearlyObligations } from "./calendar/yearly-obligations.ts";
import { sweepMeetings } from "./meetings/meeting-sweep.ts";
import { sendDigest } from "./reminders/digest.ts";
import { planSweeps, SWEEP_JOB, sweepKey } from "./reminders/plan-sweeps.ts";
import { sendTaskMessages } from "./reminders/send-task-messages.ts";
import { type Governance, type GovernanceRuntime, governanceOf } from "./runtime.ts";
import { createSeeds } from "./tasks/task-store.ts";

export const CALENDAR_JOB = "governance.calendar";
const DIGEST_JOB = "governance.digest";

const empty = z.object({}).strict();

/** Creates what the calendar owes today (idempotent: task keys), then plans the sweeps. */
async function runCalendar(gov: Governance): Promise<void> {
  const { services } = gov;
  const now = services.clock.now();
  const seeds = yearlyObligations(gov.files.association, gov.files.rules, gov.clock, {
    today: gov.clock.dayOf(now),
    horizonDays: gov.settings.horizonDays,
    locale: services.config.defaultLocale,
  });
  await createSeeds(services.db, seeds, now);
  await readBoardChanges(gov);
  await openSuccessionTasks(gov);
  await planSweeps(gov);
}

/** Outside business hours, another run of the same kind at the next opening; true when it deferred. */
async function deferred(gov: Governance, kind: string, context: JobContext): Promise<boolean> {
  const now = gov.services.clock.now();
  if (gov.clock.isOpen(now)) return false;
  const at = gov.clock.nextOpening(now);
  await gov.services.scheduler.schedule({
    kind,
    runAt: at,
    dedupeKey: kind === SWEEP_JOB ? sweepKey(at) : `${kind}@${at.toISOString()}`,
  });
  context.log.info({ at }, "outside business hours: deferred");
  return true;
}

export function governanceJobs(runtime: GovernanceRuntime): JobKind<unknown>[] {
  const calendar: JobKind<Record<string, never>> = {
    kind: CALENDAR_JOB,
    payload: empty,
    every: "0 6 * * *",
    async run(_payload, { services }) {
      await runCalendar(governanceOf(services, runtime));
    },
  };
  const sweep: JobKind<Record<string, never>> = {
    kind: SWEEP_JOB,
    payload: empty,
    async run(_payload, context) {
      const gov = governanceOf(context.services, runtime);
      if (await deferred(gov, SWEEP_JOB, context)) return;
      await readBoardChanges(gov);
      await sweepMeetings(gov, context.log);
      await sendTaskMessages(gov, context.log);
      await planSweeps(gov);
    },
  };
  const digest: JobKind<Record<string, never>> = {
    kind: DIGEST_JOB,
    payload: empty,
    every: "0 9 * * 1",
    async run(_payload, context) {
      const gov = governanceOf(context.services, runtime);
      if (await deferred(gov, DIGEST_JOB, context)) return;
      await sendDigest(gov, context.log);
    },
  };
  return [calendar, sweep, digest] as JobKind<unknown>[];
}
