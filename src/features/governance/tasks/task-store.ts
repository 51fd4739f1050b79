// Governance tasks in the database: created once per key, completed, snoozed, edited, cancelled, each change
// recorded in the task's history (GovernanceEvent).
import { fail, ok, type Result } from "../../../core/errors.ts";
import { audienceWhere } from "../../../core/outbound/audience.ts";
import type { Database, Prisma, Role } from "../../../core/persistence.ts";
import type { TaskSeed } from "../calendar/task-seed.ts";
import { nextOccurrence } from "../time/recurrence.ts";

type Client = Database | Prisma.TransactionClient;
export type GovernanceTask = NonNullable<Awaited<ReturnType<Database["governanceTask"]["findUnique"]>>>;

export async function recordEvent(
  db: Client,
  taskId: number,
  kind: string,
  at: Date,
  detail?: Record<string, unknown>,
  actorId?: number | null,
): Promise<void> {
  await db.governanceEvent.create({
    data: { taskId, kind, at, actorId: actorId ?? null, detail: detail ? JSON.stringify(detail) : null },
  });
}

/** The message keys recorded in the history of these tasks (one query, for sweeps over many tasks). */
export async function recordedKeys(db: Client, taskIds: readonly number[]): Promise<Set<string>> {
  const events = await db.governanceEvent.findMany({
    where: { taskId: { in: [...taskIds] }, kind: { in: ["reminded", "snooze_ended", "escalated"] } },
    select: { detail: true },
  });
  return new Set(events.flatMap((e) => (e.detail ? [(JSON.parse(e.detail) as { key?: string }).key ?? ""] : [])));
}

/**
 * Creates the seeds whose key no task has yet; returns those created. Keys are unique in the database,
 * so two runs at once create each task once (the loser's insert is refused and skipped).
 */
export async function createSeeds(db: Database, seeds: readonly TaskSeed[], now: Date): Promise<GovernanceTask[]> {
  if (seeds.length === 0) return [];
  const existing = new Set(
    (await db.governanceTask.findMany({ where: { key: { in: seeds.map((s) => s.key) } }, select: { key: true } })).map(
      (t) => t.key,
    ),
  );
  const created: GovernanceTask[] = [];
  for (const seed of seeds.filter((s) => !existing.has(s.key))) {
    try {
      // The task and its first event in one nested write (one transaction): a crash leaves neither or both.
      const detail = JSON.stringify({ source: "calendar", rule: seed.ruleKey });
      const task = await db.governanceTask.create({
        data: { ...seed, createdAt: now, events: { create: { kind: "created", at: now, detail } } },
      });
      created.push(task);
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return created;
}

export interface NewTask {
  title: string;
  description?: string | null;
  category: GovernanceTask["category"];
  dueAt: Date;
  leadDays: string;
  recurrence?: string | null;
  ownerRole?: GovernanceTask["ownerRole"];
  ownerId?: number | null;
}

export async function createTask(db: Database, task: NewTask, actorId: number, now: Date): Promise<GovernanceTask> {
  const created = await db.governanceTask.create({ data: { ...task, createdById: actorId, createdAt: now } });
  await recordEvent(db, created.id, "created", now, { source: "chat" }, actorId);
  return created;
}

export async function editTask(
  db: Database,
  taskId: number,
  changes: NewTask,
  actorId: number,
  now: Date,
): Promise<Result<GovernanceTask, "governance.task.notOpen">> {
  const { count } = await db.governanceTask.updateMany({ where: { id: taskId, status: "open" }, data: changes });
  if (count === 0) return fail("governance.task.notOpen");
  await recordEvent(db, taskId, "edited", now, { fields: Object.keys(changes) }, actorId);
  return ok(await db.governanceTask.findUniqueOrThrow({ where: { id: taskId } }));
}

export interface Completion {
  task: GovernanceTask;
  /** The next occurrence of a recurring task, created on completion. */
  next?: GovernanceTask;
}

/**
 * Marks an open task done (once: a second completion finds it done) with an optional note or link; a
 * recurring task's next occurrence is created at the same time.
 */
export async function completeTask(
  db: Database,
  taskId: number,
  by: { memberId: number | null; note?: string | null },
  now: Date,
  zone: string,
): Promise<Result<Completion, "governance.task.notOpen">> {
  const { count } = await db.governanceTask.updateMany({
    where: { id: taskId, status: "open" },
    data: { status: "done", completedAt: now, completedById: by.memberId, completionNote: by.note ?? null },
  });
  if (count === 0) return fail("governance.task.notOpen");
  await recordEvent(db, taskId, "done", now, by.note ? { note: by.note } : undefined, by.memberId);
  const task = await db.governanceTask.findUniqueOrThrow({ where: { id: taskId } });
  const next = await nextInSeries(db, task, now, zone);
  return ok(next ? { task, next } : { task });
}

async function nextInSeries(db: Database, task: GovernanceTask, now: Date, zone: string) {
  if (!task.recurrence) return undefined;
  const seriesId = task.seriesId ?? task.id;
  const first = task.seriesId ? await db.governanceTask.findUnique({ where: { id: seriesId } }) : task;
  const dueAt = nextOccurrence(task.recurrence, first?.dueAt ?? task.dueAt, task.dueAt, zone);
  if (!dueAt) return undefined;
  const { id: _id, key: _key, status: _s, completedAt: _c, completedById: _b, completionNote: _n, ...rest } = task;
  const next = await db.governanceTask.create({
    data: {
      ...rest,
      key: `series:${seriesId}:${dueAt.toISOString()}`,
      seriesId,
      dueAt,
      snoozedUntil: null,
      snoozeReason: null,
      createdAt: now,
      updatedAt: now,
    },
  });
  await recordEvent(db, next.id, "created", now, { source: "recurrence", after: task.id });
  return next;
}

export async function snoozeTask(
  db: Database,
  taskId: number,
  snooze: { until: Date; reason: string; memberId: number },
  now: Date,
): Promise<Result<GovernanceTask, "governance.task.notOpen">> {
  const { count } = await db.governanceTask.updateMany({
    where: { id: taskId, status: "open" },
    data: { snoozedUntil: snooze.until, snoozeReason: snooze.reason },
  });
  if (count === 0) return fail("governance.task.notOpen");
  await recordEvent(
    db,
    taskId,
    "snoozed",
    now,
    { until: snooze.until.toISOString(), reason: snooze.reason },
    snooze.memberId,
  );
  return ok(await db.governanceTask.findUniqueOrThrow({ where: { id: taskId } }));
}

export async function cancelTask(
  db: Database,
  taskId: number,
  actorId: number,
  now: Date,
): Promise<Result<GovernanceTask, "governance.task.notOpen">> {
  const { count } = await db.governanceTask.updateMany({
    where: { id: taskId, status: "open" },
    data: { status: "cancelled" },
  });
  if (count === 0) return fail("governance.task.notOpen");
  await recordEvent(db, taskId, "cancelled", now, undefined, actorId);
  return ok(await db.governanceTask.findUniqueOrThrow({ where: { id: taskId } }));
}

/** Active members holding one of `roles`, by id: the core's audience of those roles. */
export async function holdersOf(db: Client, roles: readonly Role[]): Promise<{ id: number; displayName: string }[]> {
  return db.member.findMany({
    where: audienceWhere({ roles }),
    select: { id: true, displayName: true },
    orderBy: { id: "asc" },
  });
}
