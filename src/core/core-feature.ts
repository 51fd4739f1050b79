import { z } from "zod";
import { coreMessages } from "./core-messages.ts";
import type { Feature } from "./feature.ts";
import { DELIVER_JOB } from "./outbound.ts";
import type { Reply } from "./reply.ts";
import type { JobKind } from "./scheduler-port.ts";

const DAY_MS = 86_400_000;
/** Redelivered platform events arrive within minutes; a week of ids is plenty. */
const PROCESSED_EVENT_RETENTION_DAYS = 7;
/** A thread quiet for a month is left: a new message there needs a mention again. */
const THREAD_RETENTION_DAYS = 30;
/** Finished jobs are kept a month for follow-up (what ran, what failed and why). */
const FINISHED_JOB_RETENTION_DAYS = 30;

const deliverDeferred: JobKind<{ memberId: number; replies: Reply[] }> = {
  kind: DELIVER_JOB,
  payload: z.object({
    memberId: z.number().int().positive(),
    replies: z.array(z.custom<Reply>((r) => typeof r === "object" && r !== null && Array.isArray((r as Reply).blocks))),
  }),
  async run({ memberId, replies }, { services, log }) {
    const result = await services.outbound.notify(memberId, replies);
    log.info({ memberId, status: result.status }, "deferred message delivered");
  },
};

/** Nightly purge of what the bot keeps only for a while: event ids, conversation metadata, expired steps. */
const maintenance: JobKind<Record<string, never>> = {
  kind: "core.maintenance",
  payload: z.object({}).strict(),
  every: "15 3 * * *",
  stale: { afterMs: 6 * 3600_000, action: "skip" },
  async run(_payload, { services, log }) {
    const { db, clock, config } = services;
    const now = clock.now().getTime();
    const events = await db.processedEvent.deleteMany({
      where: { processedAt: { lt: new Date(now - PROCESSED_EVENT_RETENTION_DAYS * DAY_MS) } },
    });
    const logs = await db.conversationLog.deleteMany({
      where: { at: { lt: new Date(now - config.conversationLogRetentionDays * DAY_MS) } },
    });
    const steps = await db.conversationState.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
    // A notice is shown again in a conversation idle for longer than the log retention.
    const notices = await db.conversationNotice.deleteMany({
      where: { createdAt: { lt: new Date(now - config.conversationLogRetentionDays * DAY_MS) } },
    });
    const threads = await db.botThread.deleteMany({
      where: { createdAt: { lt: new Date(now - THREAD_RETENTION_DAYS * DAY_MS) } },
    });
    const jobs = await db.job.deleteMany({
      where: {
        status: { in: ["succeeded", "skipped", "failed", "cancelled"] },
        finishedAt: { lt: new Date(now - FINISHED_JOB_RETENTION_DAYS * DAY_MS) },
      },
    });
    log.info(
      {
        events: events.count,
        logs: logs.count,
        steps: steps.count,
        notices: notices.count,
        threads: threads.count,
        jobs: jobs.count,
      },
      "maintenance purge done",
    );
  },
};

/** The core's own messages and jobs, installed before every feature. */
export const coreFeature: Feature = {
  name: "core",
  messages: coreMessages,
  jobs: [deliverDeferred, maintenance] as Feature["jobs"],
};
