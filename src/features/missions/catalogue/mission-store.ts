// The catalogue's writes: a mission created as a draft, edited, cancelled with a reason — each recorded
// in the mission's history with who did it. Shared by the chat form and the data file import.
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { Database, Mission, MissionKind, MissionTag, Prisma } from "../../../core/persistence.ts";

export type Client = Database | Prisma.TransactionClient;

export type MissionTagKind = Exclude<MissionTag["kind"], "interest">;

/** What a coordinator or a data file says about a mission. */
export interface MissionFields {
  title: string;
  description: string;
  kind: MissionKind;
  /** Keys of content/member-vocabulary.yaml: skills and professions asked for, motivations spoken to. */
  tags: { kind: MissionTagKind; value: string }[];
  /** INSEE code; null when remote or territory-wide. */
  communeCode: string | null;
  remote: boolean;
  place: string | null;
  startsAt: Date;
  endsAt: Date;
  estimatedHours: number | null;
  seats: number;
  respondBy: Date | null;
  contactId: number | null;
}

/** Who changes the catalogue, and when; `source` « import » when it is the missions data file. */
export interface Change {
  actorId: number | null;
  now: Date;
  source?: "import";
}

/** A field of a mission that an edit can change, as named in its history. */
export type MissionField = keyof MissionFields;

const COLUMNS = [
  "title",
  "description",
  "kind",
  "communeCode",
  "remote",
  "place",
  "startsAt",
  "endsAt",
  "estimatedHours",
  "seats",
  "respondBy",
  "contactId",
] as const satisfies readonly MissionField[];

const columns = (fields: MissionFields) =>
  Object.fromEntries(COLUMNS.map((column) => [column, fields[column]])) as Omit<MissionFields, "tags">;

const tagKey = (tag: { kind: string; value: string }) => `${tag.kind}:${tag.value}`;
const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** The fields `fields` changes in `mission`, in the order of the form. */
export function changedFields(mission: Mission & { tags: MissionTag[] }, fields: MissionFields): MissionField[] {
  const changed: MissionField[] = COLUMNS.filter((column) => !same(mission[column], fields[column]));
  const before = mission.tags.map(tagKey).sort().join(",");
  if (before !== fields.tags.map(tagKey).sort().join(",")) changed.push("tags");
  return changed;
}

const sourceOf = (change: Change) => (change.source ? { source: change.source } : {});

/** Adds an entry to a mission's history. */
export async function recordEvent(
  client: Client,
  missionId: number,
  kind: string,
  change: Change,
  extra: { memberId?: number; detail?: Record<string, unknown> } = {},
): Promise<void> {
  await client.missionEvent.create({
    data: {
      missionId,
      kind,
      at: change.now,
      actorId: change.actorId,
      memberId: extra.memberId ?? null,
      detail: extra.detail || change.source ? JSON.stringify({ ...extra.detail, ...sourceOf(change) }) : null,
    },
  });
}

/** A new mission, as a draft: nobody is asked until it is published. */
export async function createMission(
  client: Client,
  fields: MissionFields,
  change: Change,
  key: string | null = null,
): Promise<Mission> {
  const mission = await client.mission.create({
    data: { ...columns(fields), key, status: "draft", createdById: change.actorId, tags: { create: fields.tags } },
  });
  await recordEvent(client, mission.id, "created", change);
  return mission;
}

export type EditError = "missions.error.notFound" | "missions.error.closed" | "missions.error.seatsTaken";

/**
 * Changes a mission's fields, recording which ones in its history. A mission done or cancelled is no
 * longer edited; its seats never drop below those taken.
 */
export async function editMission(
  client: Client,
  missionId: number,
  fields: MissionFields,
  change: Change,
): Promise<Result<{ mission: Mission; changed: MissionField[] }, EditError>> {
  const mission = await client.mission.findUnique({ where: { id: missionId }, include: { tags: true } });
  if (!mission) return fail("missions.error.notFound", { id: missionId });
  if (mission.status === "done" || mission.status === "cancelled")
    return fail("missions.error.closed", { id: missionId, status: mission.status });
  if (fields.seats < mission.seatsTaken)
    return fail("missions.error.seatsTaken", { id: missionId, taken: mission.seatsTaken });
  const changed = changedFields(mission, fields);
  if (!changed.length) return ok({ mission, changed });
  const updated = await client.mission.update({ where: { id: missionId }, data: columns(fields) });
  if (changed.includes("tags")) {
    await client.missionTag.deleteMany({ where: { missionId } });
    await client.missionTag.createMany({ data: fields.tags.map((tag) => ({ missionId, ...tag })) });
  }
  await recordEvent(client, missionId, "edited", change, { detail: { fields: changed } });
  return ok({ mission: updated, changed });
}

export type CancelError = "missions.error.notFound" | "missions.error.closed";

/**
 * Cancels a mission with its reason. Returns the volunteers concerned (holding or waiting for a seat,
 * or asked and not yet answering), who are to be told.
 */
export async function cancelMission(
  db: Database,
  missionId: number,
  reason: string,
  change: Change,
): Promise<Result<{ mission: Mission; concerned: number[] }, CancelError>> {
  return db.$transaction(async (tx) => {
    const mission = await tx.mission.findUnique({ where: { id: missionId } });
    if (!mission) return fail("missions.error.notFound", { id: missionId });
    if (mission.status === "done" || mission.status === "cancelled")
      return fail("missions.error.closed", { id: missionId, status: mission.status });
    const cancelled = await tx.mission.update({
      where: { id: missionId },
      data: { status: "cancelled", cancelledAt: change.now, cancelReason: reason },
    });
    await recordEvent(tx, missionId, "cancelled", change, { detail: { reason } });
    const concerned = await tx.missionAssignment.findMany({
      where: { missionId, status: { in: ["accepted", "waitlisted", "offered"] } },
      select: { memberId: true },
    });
    return ok({ mission: cancelled, concerned: concerned.map((a) => a.memberId) });
  });
}
