import { beforeAll, describe, expect, it } from "vitest";
import { loadMemberVocabulary, type MemberVocabulary } from "../../../src/core/members/member-vocabulary.ts";
import { explainForCoordinator, explainForVolunteer } from "../../../src/features/missions/matching/explain.ts";
import {
  type MissionFacts,
  missionSlot,
  type PastAssignment,
  type RankingRules,
  type Volunteer,
  VolunteerRanking,
} from "../../../src/features/missions/matching/ranking.ts";
import { KIND_MOTIVATION } from "../../../src/features/missions/mission-kinds.ts";
import { CONTENT_DIR } from "../../../src/paths.ts";

const NOW = new Date("2026-11-23T10:00:00Z");
const DAY = 86_400_000;
const rules: RankingRules = {
  now: NOW,
  zone: "Europe/Paris",
  offersAtOnce: 1,
  offerCap: 4,
  missionCap: 2,
  cooldownDays: 7,
  // Vitry (94081) and Ivry (94041) touch; Orly (94054) is further.
  areNeighbours: (a, b) => [a, b].sort().join() === "94041,94081",
};
const mission: MissionFacts = {
  id: 10,
  kind: "training",
  communeCode: "94081",
  remote: false,
  startsAt: new Date("2026-12-12T08:00:00Z"), // a Saturday morning
  endsAt: new Date("2026-12-12T11:00:00Z"),
  estimatedHours: 3,
  professions: [],
  skills: ["soins_palliatifs", "douleur"],
  motivations: [],
};
let nextId = 1;
const volunteer = (overrides: Partial<Volunteer> = {}): Volunteer => ({
  id: nextId++,
  profession: "nurse",
  pausedUntil: null,
  communes: ["94081"],
  skills: [],
  motivations: [],
  slots: [],
  hoursPerMonth: null,
  history: [],
  reachable: true,
  ...overrides,
});
const past = (overrides: Partial<PastAssignment> = {}): PastAssignment => ({
  missionId: 1,
  status: "declined",
  offeredAt: new Date(NOW.getTime() - 30 * DAY),
  respondedAt: new Date(NOW.getTime() - 30 * DAY),
  declineReason: null,
  mission: {
    kind: "other",
    startsAt: new Date("2026-10-01T08:00:00Z"),
    endsAt: new Date("2026-10-01T10:00:00Z"),
    estimatedHours: null,
    skills: [],
  },
  ...overrides,
});
const order = (volunteers: Volunteer[], facts = mission) =>
  new VolunteerRanking(volunteers, rules).rank(facts).ranked.map((r) => r.memberId);

describe("ranking volunteers for a mission", () => {
  it("puts the skills asked for first, then motivations, place and availability", () => {
    const expert = volunteer({ skills: ["soins_palliatifs", "douleur"] });
    const half = volunteer({ skills: ["douleur"] });
    const motivated = volunteer({ motivations: ["formation_des_pairs"], slots: ["weekend"] });
    expect(order([motivated, half, expert])).toEqual([expert.id, half.id, motivated.id]);

    const factor = (overrides: Partial<Volunteer>[]) => {
      const made = overrides.map((o) => volunteer(o));
      return order([...made].reverse()).map((id) => made.findIndex((v) => v.id === id));
    };
    expect(factor([{ motivations: ["formation_des_pairs"] }, { motivations: ["communication"] }])).toEqual([0, 1]);
    expect(
      factor([{ communes: ["94081"] }, { communes: ["94041"] }, { communes: [] }, { communes: ["94054"] }]),
    ).toEqual([0, 1, 2, 3]);
    expect(factor([{ slots: ["weekend"] }, { slots: [] }, { slots: ["daytime"] }])).toEqual([0, 1, 2]);
  });

  it("asks the least recently asked first among equals, and those with fewer missions that month", () => {
    const askedYesterday = volunteer({
      history: [past({ status: "expired", offeredAt: new Date(NOW.getTime() - DAY) })],
    });
    const askedLongAgo = volunteer({
      history: [past({ status: "expired", offeredAt: new Date(NOW.getTime() - 90 * DAY) })],
    });
    const neverAsked = volunteer();
    const busyMonth = volunteer({
      history: [
        past({
          missionId: 2,
          status: "accepted",
          offeredAt: null,
          mission: {
            ...past().mission,
            startsAt: new Date("2026-12-20T08:00:00Z"),
            endsAt: new Date("2026-12-20T10:00:00Z"),
          },
        }),
      ],
    });
    expect(order([askedYesterday, busyMonth, askedLongAgo, neverAsked])).toEqual([
      neverAsked.id,
      askedLongAgo.id,
      busyMonth.id,
      askedYesterday.id,
    ]);
  });

  it("says why each volunteer left out is not asked", () => {
    const cases = {
      unreachable: volunteer({ reachable: false }),
      paused: volunteer({ pausedUntil: new Date(NOW.getTime() + DAY) }),
      already_asked: volunteer({ history: [past({ missionId: mission.id, status: "declined" })] }),
      cooldown: volunteer({ history: [past({ respondedAt: new Date(NOW.getTime() - 2 * DAY) })] }),
      busy: volunteer({
        history: [
          past({ missionId: 3, status: "accepted", mission: { ...past().mission, ...mission, kind: "other" } }),
        ],
      }),
      awaiting_answer: volunteer({
        history: [past({ missionId: 99, status: "offered", offeredAt: new Date(NOW.getTime() - 3600_000) })],
      }),
      offer_cap: volunteer({
        history: [1, 2, 3, 4].map((n) =>
          past({ missionId: 100 + n, status: "expired", offeredAt: new Date(NOW.getTime() - n * 3600_000) }),
        ),
      }),
      mission_cap: volunteer({
        history: [5, 6].map((day) =>
          past({
            missionId: 200 + day,
            status: "completed",
            mission: {
              ...past().mission,
              startsAt: new Date(`2026-12-0${day}T08:00:00Z`),
              endsAt: new Date(`2026-12-0${day}T09:00:00Z`),
            },
          }),
        ),
      }),
      // Two hours given in December already, three more asked: over the four they said they can give.
      hours_cap: volunteer({
        hoursPerMonth: 4,
        history: [
          past({
            missionId: 300,
            status: "accepted",
            mission: {
              ...past().mission,
              startsAt: new Date("2026-12-20T08:00:00Z"),
              endsAt: new Date("2026-12-20T10:00:00Z"),
            },
          }),
        ],
      }),
    };
    const pausedOver = volunteer({ pausedUntil: new Date(NOW.getTime() - DAY) });
    const { ranked, excluded } = new VolunteerRanking([...Object.values(cases), pausedOver], rules).rank(mission);
    expect(ranked.map((r) => r.memberId)).toEqual([pausedOver.id]);
    expect(excluded).toEqual(Object.entries(cases).map(([why, v]) => ({ memberId: v.id, why })));
  });

  it("asks only the professions a mission requires, when it requires some", () => {
    const nurse = volunteer();
    const pharmacist = volunteer({ profession: "pharmacist" });
    const unknown = volunteer({ profession: null });
    const { ranked, excluded } = new VolunteerRanking([nurse, pharmacist, unknown], rules).rank({
      ...mission,
      professions: ["nurse"],
    });
    expect(ranked.map((r) => r.memberId)).toEqual([nurse.id]);
    expect(excluded.map((e) => e.why)).toEqual(["profession", "profession"]);
  });

  it("remembers « pas mon domaine » and « trop loin »: such missions rank lower for them", () => {
    const notMyField = volunteer({
      communes: ["94041"],
      history: [past({ declineReason: "not_my_field", mission: { ...past().mission, skills: ["douleur"] } })],
    });
    const tooFar = volunteer({ communes: ["94041"], history: [past({ declineReason: "too_far" })] });
    const plain = volunteer({ communes: ["94041"], history: [past({ declineReason: "unavailable" })] });
    const { ranked } = new VolunteerRanking([notMyField, tooFar, plain], rules).rank(mission);
    expect(ranked.map((r) => [r.memberId, r.score])).toEqual([
      [plain.id, 4.2],
      [tooFar.id, 3.4],
      [notMyField.id, 2.2],
    ]);
    // A remote mission is as near for the volunteer who found Vitry too far as for anyone.
    const remote = new VolunteerRanking([tooFar, plain], rules).rank({ ...mission, remote: true }).ranked;
    expect(remote.map((r) => r.score)).toEqual([5, 5]);
  });

  it("reads a mission's slot in Paris time: weekend, weekday evening from 17:00, else daytime", () => {
    expect(missionSlot(new Date("2026-12-12T08:00:00Z"), "Europe/Paris")).toBe("weekend");
    expect(missionSlot(new Date("2026-12-10T16:00:00Z"), "Europe/Paris")).toBe("weekday_evening"); // Thursday 17:00
    expect(missionSlot(new Date("2026-12-10T15:59:00Z"), "Europe/Paris")).toBe("daytime");
    expect(missionSlot(new Date("2026-06-11T15:00:00Z"), "Europe/Paris")).toBe("weekday_evening"); // summer time
  });

  describe("explained", () => {
    let vocabulary: MemberVocabulary;
    beforeAll(async () => {
      vocabulary = await loadMemberVocabulary(CONTENT_DIR);
    });
    const ctx = (locale: "fr" | "en") => ({
      t: (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ""}`,
      locale,
      services: { memberVocabulary: vocabulary },
    });

    it("knows every motivation a mission kind speaks to", () => {
      expect(Object.values(KIND_MOTIVATION).filter((key) => !vocabulary.motivations.has(key!))).toEqual([]);
    });

    it("gives the coordinator every factor with its points, and the volunteer what matched", () => {
      const v = volunteer({ skills: ["douleur"], motivations: ["formation_des_pairs"], slots: ["weekend"] });
      const [ranked] = new VolunteerRanking([v], rules).rank(mission).ranked;
      expect(ranked!.score).toBe(12);
      const coordinator = explainForCoordinator(ctx("fr"), ranked!.score, ranked!.reasons);
      expect(coordinator).toBe(
        'missions.why.score{"score":"12","reasons":"missions.why.skills{\\"matched\\":1,\\"wanted\\":2,\\"list\\":\\"douleur\\"} +3 · ' +
          'missions.why.motivation{\\"list\\":\\"formation des pairs\\"} +2 · missions.why.place.same +2 · ' +
          'missions.why.availability.yes{\\"slot\\":\\"week-end\\"} +2 · missions.why.recency{\\"days\\":\\"never\\"} +2 · missions.why.load{\\"count\\":0} +1"}',
      );
      expect(explainForVolunteer(ctx("en"), ranked!.reasons)).toBe(
        'missions.why.forYou{"reasons":"missions.why.skills{\\"matched\\":1,\\"wanted\\":2,\\"list\\":\\"pain management\\"} · ' +
          'missions.why.motivation{\\"list\\":\\"peer training\\"} · missions.why.place.same · missions.why.availability.yes{\\"slot\\":\\"weekends\\"}"}',
      );
    });
  });
});
