// What ranking reads from the database: every active volunteer, their profile and their recent history,
// in two queries whatever their number; and a mission's tags as facts.
import { readAvailability } from "../../../core/members/availability.ts";
import type { Mission, MissionTag } from "../../../core/persistence.ts";
import type { Tx } from "../engine/mission-tx.ts";
import { type MissionFacts, type PastAssignment, SLOTS, type Volunteer } from "./ranking.ts";

/** History older than this says nothing ranking needs (the caps are monthly, a « pas mon domaine » lasts a year). */
const HISTORY_DAYS = 400;
const DAY_MS = 86_400_000;

type Reader = Pick<Tx, "member" | "missionAssignment">;

/**
 * Active volunteers (paused or unreachable ones too: ranking says why they are not asked), with their
 * history; only those of `among` when given.
 */
export async function loadVolunteers(db: Reader, now: Date, among?: readonly number[]): Promise<Volunteer[]> {
  const horizon = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const only = among ? { id: { in: [...among] } } : {};
  const members = await db.member.findMany({
    where: { ...only, status: "active", anonymizedAt: null, roles: { some: { role: "volunteer" } } },
    select: {
      id: true,
      profession: true,
      availability: true,
      pausedUntil: true,
      communes: { select: { communeCode: true } },
      tags: { select: { kind: true, value: true } },
      _count: { select: { identities: true } },
    },
    orderBy: { id: "asc" },
  });
  const rows = await db.missionAssignment.findMany({
    where: {
      ...(among ? { memberId: { in: [...among] } } : {}),
      OR: [
        { status: { in: ["offered", "accepted", "waitlisted"] } },
        // Whatever their age, rows of missions still taking volunteers: nobody is asked twice.
        { mission: { status: { in: ["open", "full"] } } },
        { offeredAt: { gte: horizon } },
        { respondedAt: { gte: horizon } },
        { acceptedAt: { gte: horizon } },
      ],
    },
    select: {
      memberId: true,
      missionId: true,
      status: true,
      offeredAt: true,
      respondedAt: true,
      declineReason: true,
      mission: {
        select: {
          kind: true,
          startsAt: true,
          endsAt: true,
          estimatedHours: true,
          tags: { where: { kind: "skill" }, select: { value: true } },
        },
      },
    },
  });
  const history = new Map<number, PastAssignment[]>();
  for (const { memberId, mission, ...row } of rows) {
    const past: PastAssignment = { ...row, mission: { ...mission, skills: mission.tags.map((tag) => tag.value) } };
    const list = history.get(memberId);
    if (list) list.push(past);
    else history.set(memberId, [past]);
  }
  return members.map((member) => {
    const tagged = (kind: MissionTag["kind"]) => member.tags.filter((tag) => tag.kind === kind).map((tag) => tag.value);
    const availability = readAvailability(member.availability);
    return {
      id: member.id,
      profession: member.profession,
      pausedUntil: member.pausedUntil,
      communes: member.communes.map((c) => c.communeCode),
      skills: tagged("skill"),
      motivations: tagged("motivation"),
      slots: SLOTS.filter((slot) => availability.slots.includes(slot)),
      hoursPerMonth: availability.hoursPerMonth ?? null,
      reachable: member._count.identities > 0,
      history: history.get(member.id) ?? [],
    };
  });
}

/** A mission as ranking reads it. */
export function missionFacts(mission: Mission & { tags: readonly MissionTag[] }): MissionFacts {
  const tagged = (kind: MissionTag["kind"]) => mission.tags.filter((tag) => tag.kind === kind).map((tag) => tag.value);
  return {
    id: mission.id,
    kind: mission.kind,
    communeCode: mission.communeCode,
    remote: mission.remote,
    startsAt: mission.startsAt,
    endsAt: mission.endsAt,
    estimatedHours: mission.estimatedHours,
    professions: tagged("profession"),
    skills: tagged("skill"),
    motivations: tagged("motivation"),
  };
}
