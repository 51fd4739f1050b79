// The catalogue's writes: a mission created as a draft, or edited — each recorded in the mission's history
// with who did it. Shared by the chat form and the data file import; opening and cancelling are the
// engine's (engine/lifecycle.ts).
import { fail, ok, type Result } from "../../../core/errors.ts";
import type { Database, Mission, MissionKind, MissionTag, Prisma } from "../../../core/persistence.ts";
import { recordEvent } from "../engine/mission-tx.ts";

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

/** The history row of a change the team (or the missions file) made. */
const changeEvent = (
  missionId: number,
  kind: "created" | "edited",
  change: Change,
  detail?: Record<string, unknown>,
) => {
  const source = change.source ? { source: change.source } : {};
  const all = { ...detail, ...source };
  return {
    missionId,
    kind,
    at: change.now,
    actorId: change.actorId,
    ...(Object.keys(all).length ? { detail: all } : {}),
  };
};

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
  await recordEvent(client, changeEvent(mission.id, "created", change));
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
  await recordEvent(client, changeEvent(missionId, "edited", change, { fields: changed }));
  return ok({ mission: updated, changed });
}
