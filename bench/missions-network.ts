// A fictional network for the missions benchmark: volunteers with varied profiles and a history of past
// offers, and open missions, written in bulk. Seeded, so every run ranks the same people.
import type { MemberVocabulary } from "../src/core/members/member-vocabulary.ts";
import type { MissionKind, Profession } from "../src/core/persistence.ts";
import type { Territory } from "../src/core/vocabulary/territory.ts";
import type { Database } from "../src/db/client.ts";

/** A small seeded generator (mulberry32): the same network on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const PROFESSIONS: Profession[] = ["nurse", "general_practitioner", "pharmacist", "physiotherapist", "psychologist"];
const KINDS: MissionKind[] = ["training", "clinical_research", "evaluation", "working_group", "communication"];
const SLOTS = ["weekday_evening", "weekend", "daytime"];
const DAY = 86_400_000;
const SLICE = 500;

export interface BenchNetwork {
  volunteers: number;
  pastAssignments: number;
  openMissionIds: number[];
}

/**
 * `volunteers` active volunteers with a console identity, about three past offers each on twenty missions
 * of the last two months, and `missions` draft missions in the coming weeks, ready to open.
 */
export async function seedBenchNetwork(
  db: Database,
  vocabulary: MemberVocabulary,
  territory: Territory,
  options: { volunteers: number; missions: number; now: Date },
): Promise<BenchNetwork> {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], most: number) => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (most + 1)) }, () => pick(list))),
  ];
  const communes = territory.communes.map((c) => c.code);
  const { now } = options;

  await db.member.createMany({
    data: Array.from({ length: options.volunteers }, (_, i) => ({
      key: `bench-${i}`,
      displayName: `Bénévole ${i}`,
      status: "active" as const,
      profession: pick(PROFESSIONS),
      availability: JSON.stringify({ slots: some(SLOTS, 2) }),
    })),
  });
  const members = await db.member.findMany({ where: { key: { startsWith: "bench-" } }, select: { id: true } });
  const ids = members.map((m) => m.id);
  const rows = <T>(make: (id: number) => T[]) => ids.flatMap(make);
  const insert = async <T>(data: T[], write: (slice: T[]) => Promise<unknown>) => {
    for (let i = 0; i < data.length; i += SLICE) await write(data.slice(i, i + SLICE));
  };
  await insert(
    rows((memberId) => ["member", "volunteer"].map((role) => ({ memberId, role: role as "volunteer" }))),
    (data) => db.memberRole.createMany({ data }),
  );
  await insert(
    rows((memberId) =>
      [pick(communes), pick(communes)]
        .filter((c, i, all) => all.indexOf(c) === i)
        .map((communeCode) => ({ memberId, communeCode })),
    ),
    (data) => db.memberCommune.createMany({ data }),
  );
  await insert(
    rows((memberId) => [
      ...some(vocabulary.skills.keys, 3).map((value) => ({ memberId, kind: "skill" as const, value })),
      ...some(vocabulary.motivations.keys, 2).map((value) => ({ memberId, kind: "motivation" as const, value })),
    ]),
    (data) => db.memberTag.createMany({ data }),
  );
  await insert(
    rows((memberId) => [
      { memberId, channel: "console" as const, workspaceId: "local", externalUserId: `bench-${memberId}` },
    ]),
    (data) => db.platformIdentity.createMany({ data }),
  );

  const mission = (i: number, startsAt: Date, status: "draft" | "done") => ({
    title: `Mission ${status === "done" ? "passée" : "à venir"} ${i}`,
    description: "Mission du réseau de démonstration.",
    kind: pick(KINDS),
    communeCode: rnd() < 0.2 ? null : pick(communes),
    remote: rnd() < 0.2,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    seats: 1 + Math.floor(rnd() * 3),
    respondBy: new Date(startsAt.getTime() - 2 * DAY),
    status,
  });
  const past = await db.mission.createManyAndReturn({
    data: Array.from({ length: 20 }, (_, i) => mission(i, new Date(now.getTime() - (5 + 3 * i) * DAY), "done")),
    select: { id: true, startsAt: true },
  });
  const history = rows((memberId) =>
    some(past, 4).map(({ id, startsAt }) => {
      const offeredAt = new Date(startsAt.getTime() - 10 * DAY);
      const roll = rnd();
      const status = roll < 0.4 ? "expired" : roll < 0.65 ? "declined" : "completed";
      return {
        missionId: id,
        memberId,
        status: status as "expired" | "declined" | "completed",
        offeredAt,
        expiresAt: new Date(offeredAt.getTime() + 2 * DAY),
        respondedAt: status === "expired" ? null : new Date(offeredAt.getTime() + DAY),
        declineReason: status === "declined" ? pick(["unavailable", "not_my_field", "too_far", null]) : null,
      };
    }),
  );
  await insert(history, (data) => db.missionAssignment.createMany({ data }));

  const upcoming = await db.mission.createManyAndReturn({
    data: Array.from({ length: options.missions }, (_, i) =>
      mission(i, new Date(now.getTime() + (10 + (i % 40)) * DAY), "draft"),
    ),
    select: { id: true },
  });
  await insert(
    upcoming.flatMap(({ id }) =>
      some(vocabulary.skills.keys, 2).map((value) => ({ missionId: id, kind: "skill" as const, value })),
    ),
    (data) => db.missionTag.createMany({ data }),
  );
  return { volunteers: ids.length, pastAssignments: history.length, openMissionIds: upcoming.map((m) => m.id) };
}
