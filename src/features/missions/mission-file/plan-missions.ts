// What importing a valid missions file does, computed before touching anything: which missions are
// created, changed or published, which are left alone, which the file no longer lists, and what stops
// the import (a start already past, fewer seats than taken, a contact who is not of the team).
import type { Mission, MissionTag } from "../../../core/persistence.ts";
import type { RowProblem } from "../../../util/row-file/check-rows.ts";
import { changedFields, type MissionFields, type MissionField as StoredField } from "../catalogue/mission-store.ts";
import type { MissionEntry, MissionField, MissionProblemCode } from "./mission-file.ts";

export type StoredMission = Mission & { tags: MissionTag[] };

/** A member of the coordination team or the director, as a file names them: key or e-mail. */
export interface TeamContact {
  id: number;
  key: string | null;
  email: string | null;
}

export interface MissionUpdate {
  id: number;
  entry: MissionEntry;
  fields: MissionFields;
  changed: StoredField[];
  /** A draft the file publishes. */
  open: boolean;
}

export interface MissionPlan {
  create: { entry: MissionEntry; fields: MissionFields }[];
  update: MissionUpdate[];
  unchanged: string[];
  /** Missions of earlier imports the file no longer lists: kept, as they are. */
  missing: { key: string; title: string; status: string }[];
}

export interface PlannedImport {
  plan: MissionPlan;
  /** What stops the import, located in the file's rows. */
  problems: (RowProblem<MissionProblemCode, MissionField> & { entry: MissionEntry })[];
  /** Worth telling, not blocking. */
  warnings: (RowProblem<MissionProblemCode, MissionField> & { entry: MissionEntry })[];
}

/** Compares the file's entries with the stored missions, by key. */
export function planMissions(
  stored: readonly StoredMission[],
  team: readonly TeamContact[],
  entries: readonly MissionEntry[],
  now: Date,
): PlannedImport {
  const byKey = new Map(stored.flatMap((m) => (m.key ? [[m.key, m] as const] : [])));
  const planned: PlannedImport = {
    plan: { create: [], update: [], unchanged: [], missing: [] },
    problems: [],
    warnings: [],
  };
  const problem = (entry: MissionEntry, code: MissionProblemCode, field: MissionField, message: string) =>
    planned.problems.push({ entry, code, field, line: entry.line, message });
  const warn = (entry: MissionEntry, code: MissionProblemCode, field: MissionField, message: string) =>
    planned.warnings.push({ entry, code, field, line: entry.line, message });
  for (const entry of entries) {
    const contactId = contactOf(team, entry.contact);
    if (entry.contact && contactId === null)
      problem(
        entry,
        "unknown_contact",
        "contact",
        `"${entry.contact}" is not the key or e-mail of a coordinator or of the director`,
      );
    const fields: MissionFields = { ...entry.fields, contactId };
    const existing = byKey.get(entry.key);
    const moved = (field: "startsAt" | "respondBy") =>
      !existing || existing[field]?.getTime() !== fields[field]?.getTime();
    if (moved("startsAt") && fields.startsAt <= now)
      problem(entry, "start_past", "when", "the mission would start in the past");
    if (fields.respondBy && moved("respondBy") && fields.respondBy <= now)
      problem(entry, "respond_by_past", "respondBy", "the answer date is already past");
    if (!existing) {
      planned.plan.create.push({ entry, fields });
      continue;
    }
    const changed = changedFields(existing, fields);
    const open = entry.open && existing.status === "draft";
    if (existing.status === "done" || existing.status === "cancelled") {
      if (changed.length) warn(entry, "closed", "key", `mission ${existing.id} is ${existing.status}: left as it is`);
      planned.plan.unchanged.push(entry.key);
      continue;
    }
    if (fields.seats < existing.seatsTaken)
      problem(entry, "seats_taken", "seats", `mission ${existing.id} already has ${existing.seatsTaken} seats taken`);
    if (open && !moved("startsAt") && fields.startsAt <= now)
      problem(entry, "start_past", "when", `draft ${existing.id} would open with a start already past`);
    if (!entry.open && existing.status !== "draft")
      warn(entry, "already_open", "status", `mission ${existing.id} is published (${existing.status}): it stays so`);
    if (changed.length || open) planned.plan.update.push({ id: existing.id, entry, fields, changed, open });
    else planned.plan.unchanged.push(entry.key);
  }
  const listed = new Set(entries.map((e) => e.key));
  for (const mission of stored) {
    if (mission.key && !listed.has(mission.key))
      planned.plan.missing.push({ key: mission.key, title: mission.title, status: mission.status });
  }
  return planned;
}

/** The team member a file's contact names; null when none is named or nobody matches. */
function contactOf(team: readonly TeamContact[], written: string | null): number | null {
  if (!written) return null;
  const wanted = written.trim().toLowerCase();
  return team.find((m) => m.key === wanted || m.email === wanted)?.id ?? null;
}
