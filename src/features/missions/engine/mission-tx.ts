// What every change of a mission shares: SQLite's write lock taken before anything is read, and the
// history row written in the same transaction as the change it records.
import type { Database, Prisma } from "../../../core/persistence.ts";

export type Tx = Prisma.TransactionClient;

/**
 * The transactions of one client queue behind each other (the libSQL adapter holds one connection), and
 * other processes' behind SQLite's lock: a burst of clicks on one offer waits its turn, it does not fail
 * after Prisma's default two seconds.
 */
const PATIENCE = { maxWait: 20_000, timeout: 20_000 };

/** Runs `work` in one transaction, patient with a burst of others. */
export function inTransaction<T>(db: Pick<Database, "$transaction">, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, PATIENCE);
}

/**
 * Takes SQLite's write lock before the transaction reads anything: a no-op UPDATE of the mission's row.
 * What the transaction reads next cannot change under it, and a second writer (another click, a job,
 * another process) waits for the busy timeout instead of failing: in WAL mode, a transaction that read
 * first and writes second fails at once when another writer committed in between. Raw, so that
 * `updatedAt` does not move.
 */
export async function lockMission(tx: Tx, missionId: number): Promise<void> {
  await tx.$executeRaw`UPDATE "Mission" SET "seatsTaken" = "seatsTaken" WHERE "id" = ${missionId}`;
}

/** What a mission's history records: the engine's moves, the catalogue's changes, the follow-up. */
export type MissionEventKind =
  | "created"
  | "edited"
  | "reminded"
  | "checked_in"
  | "completed"
  | "missed"
  | "opened"
  | "offered"
  | "accepted"
  | "waitlisted"
  | "promoted"
  | "declined"
  | "decline_reason"
  | "expired"
  | "withdrawn"
  | "full"
  | "reopened"
  | "seats_changed"
  | "deadline"
  | "started"
  | "done"
  | "cancelled";

export interface EventInput {
  missionId: number;
  kind: MissionEventKind;
  at: Date;
  /** Who did it; null for the bot itself. */
  actorId?: number | null;
  /** The volunteer it is about. */
  memberId?: number | null;
  detail?: Record<string, unknown>;
}

/** Writes one history row; returns its id (jobs that follow the event up are keyed on it). */
export async function recordEvent(client: Pick<Tx, "missionEvent">, event: EventInput): Promise<number> {
  const row = await client.missionEvent.create({
    data: {
      missionId: event.missionId,
      kind: event.kind,
      at: event.at,
      actorId: event.actorId ?? null,
      memberId: event.memberId ?? null,
      detail: event.detail ? JSON.stringify(event.detail) : null,
    },
    select: { id: true },
  });
  return row.id;
}
