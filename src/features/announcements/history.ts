// The announcement's history: who created, scheduled, changed, cancelled, edited or withdrew it, and when.
import type { Database, Prisma } from "../../core/persistence.ts";

export type AnnouncementEventKind = "created" | "rescheduled" | "cancelled" | "sent" | "edited" | "retracted";

export function recordEvent(
  db: Database | Prisma.TransactionClient,
  announcementId: number,
  kind: AnnouncementEventKind,
  actorId: number | null,
  at: Date,
  detail?: Record<string, unknown>,
) {
  return db.announcementEvent.create({
    data: { announcementId, kind, actorId, at, ...(detail ? { detail: JSON.stringify(detail) } : {}) },
  });
}
