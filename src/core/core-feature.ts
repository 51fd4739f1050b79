import { z } from "zod";
import { askHumans, CLARIFY_STEP, clarifyStep, handOffKept } from "./clarification.ts";
import { coreMessages } from "./core-messages.ts";
import { type Feature, onAction } from "./feature.ts";
import type { JobKind } from "./job-kind.ts";
import { DELIVER_JOB } from "./outbound/outbound.ts";

const DAY_MS = 86_400_000;
/** A thread quiet for a month is left: a new message there needs a mention again. */
const THREAD_RETENTION_DAYS = 30;
/** Finished jobs are kept a month for follow-up (what ran, what failed and why). */
const FINISHED_JOB_RETENTION_DAYS = 30;

/** Sends one delivery of the outbound port; the scheduler retries it alone when its channel fails. */
const deliver: JobKind<{ deliveryId: number }> = {
  kind: DELIVER_JOB,
  payload: z.object({ deliveryId: z.number().int().positive() }),
  async run({ deliveryId }, { services, job }) {
    await services.outbound.deliver(deliveryId, { last: job.attempt >= job.maxAttempts });
  },
};

/** Nightly purge of what the bot keeps only for a while, and a sweep for deliveries a crash left without a job. */
const maintenance: JobKind<Record<string, never>> = {
  kind: "core.maintenance",
  payload: z.object({}).strict(),
  every: "15 3 * * *",
  stale: { afterMs: 6 * 3600_000, action: "skip" },
  async run(_payload, { services, log }) {
    const { db, clock, config } = services;
    const now = clock.now().getTime();
    const before = (days: number) => new Date(now - days * DAY_MS);
    const events = await db.processedEvent.deleteMany({
      where: { processedAt: { lt: before(config.processedEventRetentionDays) } },
    });
    const logs = await db.conversationLog.deleteMany({
      where: { at: { lt: before(config.conversationLogRetentionDays) } },
    });
    const steps = await db.conversationState.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
    // A notice is shown again in a conversation idle for longer than the log retention.
    const notices = await db.conversationNotice.deleteMany({
      where: { createdAt: { lt: before(config.conversationLogRetentionDays) } },
    });
    const threads = await db.botThread.deleteMany({ where: { createdAt: { lt: before(THREAD_RETENTION_DAYS) } } });
    const forms = await db.offeredForm.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
    const jobs = await db.job.deleteMany({
      where: {
        status: { in: ["succeeded", "skipped", "failed", "cancelled"] },
        finishedAt: { lt: before(FINISHED_JOB_RETENTION_DAYS) },
      },
    });
    const rescheduled = await services.outbound.scheduleDeliveries();
    log.info(
      {
        events: events.count,
        logs: logs.count,
        steps: steps.count,
        notices: notices.count,
        threads: threads.count,
        forms: forms.count,
        jobs: jobs.count,
        rescheduled,
      },
      "maintenance done",
    );
  },
};

/** The core's own messages, clarification step and jobs, installed before every feature. */
export const coreFeature: Feature = {
  name: "core",
  messages: coreMessages,
  steps: { [CLARIFY_STEP]: clarifyStep },
  actions: [onAction(askHumans, handOffKept)],
  jobs: [deliver, maintenance] as Feature["jobs"],
};
