// Who is asked first for a mission. Eligibility first: hard rules that protect volunteers' time (a pause,
// a « non », the monthly caps, a mission at the same time). Then a score: fit (skills, motivations, place,
// availability) and fairness (the least recently asked, the fewest missions this month). Pure: the
// volunteers' facts are read once (candidates.ts) and ranked for any number of missions.
import { DateTime } from "luxon";
import type { AssignmentStatus, MissionKind } from "../../../core/persistence.ts";
import { KIND_MOTIVATION } from "../mission-kinds.ts";

export const SLOTS = ["weekday_evening", "weekend", "daytime"] as const;
export type Slot = (typeof SLOTS)[number];

export interface MissionFacts {
  id: number;
  kind: MissionKind;
  communeCode: string | null;
  remote: boolean;
  startsAt: Date;
  endsAt: Date;
  /** Null: the time between its start and end. */
  estimatedHours: number | null;
  /** Keys of the member vocabulary (MissionTag rows). */
  professions: readonly string[];
  skills: readonly string[];
  motivations: readonly string[];
}

/** One of the volunteer's assignments, any mission, any status. */
export interface PastAssignment {
  missionId: number;
  status: AssignmentStatus;
  offeredAt: Date | null;
  respondedAt: Date | null;
  declineReason: string | null;
  mission: {
    kind: MissionKind;
    startsAt: Date;
    endsAt: Date;
    estimatedHours: number | null;
    skills: readonly string[];
  };
}

export interface Volunteer {
  id: number;
  profession: string | null;
  pausedUntil: Date | null;
  communes: readonly string[];
  skills: readonly string[];
  motivations: readonly string[];
  /** None declared: availability is unknown, neither a match nor a mismatch. */
  slots: readonly Slot[];
  /** The most hours a month they said they can give (their profile); null when they did not say. */
  hoursPerMonth: number | null;
  /** Has a chat account: imported members who never wrote to the bot cannot be messaged. */
  reachable: boolean;
  history: readonly PastAssignment[];
}

export interface RankingRules {
  now: Date;
  /** The network's zone: calendar months, evenings and weekends are read in it. */
  zone: string;
  /** Offers a volunteer may have waiting for their answer at once. */
  offersAtOnce: number;
  offerCap: number;
  missionCap: number;
  cooldownDays: number;
  areNeighbours(a: string, b: string): boolean;
}

export type PlaceFit = "remote" | "same" | "neighbour" | "territory" | "unknown" | "far";

/** Why a volunteer has the score they have, factor by factor (stored with each offer, shown to coordinators). */
export type Reason =
  | { factor: "profession"; points: number; profession: string }
  | { factor: "skills"; points: number; matched: string[]; wanted: string[] }
  | { factor: "motivation"; points: number; matched: string[] }
  | { factor: "place"; points: number; fit: PlaceFit }
  | { factor: "availability"; points: number; slot: Slot; fit: "yes" | "unknown" | "no" }
  /** They declined a mission of this kind or these skills as « pas mon domaine ». */
  | { factor: "field"; points: number }
  /** Days since they were last asked (null: never). */
  | { factor: "recency"; points: number; days: number | null }
  /** Missions they hold in the mission's month. */
  | { factor: "load"; points: number; missions: number };

export interface Ranked {
  memberId: number;
  score: number;
  reasons: Reason[];
}

/** Why a volunteer is not asked at all. */
export type Exclusion =
  | "unreachable"
  | "profession"
  | "paused"
  | "already_asked"
  | "cooldown"
  | "busy"
  | "awaiting_answer"
  | "offer_cap"
  | "mission_cap"
  | "hours_cap";

// Fit counts most (at most 12), and the skills a mission asks for most of all: half of them outweighs a
// matching motivation and availability. Fairness (at most 3) orders volunteers who fit alike and can lift
// someone never asked over a slightly better fit, never over a clear mismatch.
const POINTS = { skills: 6, motivation: 2, place: 2, availability: 2, field: -2, recency: 2, load: 1 };
/** Asked this long ago or more counts as never asked. */
const RECENCY_DAYS = 60;
/** A weekday mission starting at this local hour or later is an evening one. */
const EVENING_HOUR = 17;
const DAY_MS = 86_400_000;

/** The availability slot of a mission, by its local start. */
export function missionSlot(startsAt: Date, zone: string): Slot {
  const local = DateTime.fromJSDate(startsAt, { zone });
  if (local.weekday >= 6) return "weekend";
  return local.hour >= EVENING_HOUR ? "weekday_evening" : "daytime";
}

const monthOf = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM");
const round = (points: number) => Math.round(points * 100) / 100;
/** A mission's hours: as estimated, else the time between its start and end. */
const hoursOf = (mission: Pick<MissionFacts, "startsAt" | "endsAt" | "estimatedHours">) =>
  mission.estimatedHours ?? (mission.endsAt.getTime() - mission.startsAt.getTime()) / 3_600_000;
const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** What the history says of a volunteer, read once for every mission ranked. */
interface Standing {
  volunteer: Volunteer;
  lastAskedAt: Date | null;
  offersThisMonth: number;
  /** Offers still waiting for the volunteer's answer. */
  awaitingAnswer: number;
  lastDeclinedAt: Date | null;
  missionIds: Set<number>;
  /** Seats held or served, with their month and hours. */
  commitments: { startsAt: Date; endsAt: Date; month: string; hours: number }[];
  notMyField: PastAssignment["mission"][];
  tooFar: boolean;
}

function recordOf(volunteer: Volunteer, rules: RankingRules, monthStart: Date): Standing {
  const record: Standing = {
    volunteer,
    lastAskedAt: null,
    offersThisMonth: 0,
    awaitingAnswer: 0,
    lastDeclinedAt: null,
    missionIds: new Set(),
    commitments: [],
    notMyField: [],
    tooFar: false,
  };
  for (const past of volunteer.history) {
    record.missionIds.add(past.missionId);
    if (past.status === "offered") record.awaitingAnswer++;
    if (past.offeredAt) {
      if (!record.lastAskedAt || past.offeredAt > record.lastAskedAt) record.lastAskedAt = past.offeredAt;
      if (past.offeredAt >= monthStart) record.offersThisMonth++;
    }
    if (past.status === "accepted" || past.status === "completed") {
      const { startsAt, endsAt } = past.mission;
      record.commitments.push({ startsAt, endsAt, month: monthOf(startsAt, rules.zone), hours: hoursOf(past.mission) });
    }
    if (past.status === "declined" && past.respondedAt) {
      if (!record.lastDeclinedAt || past.respondedAt > record.lastDeclinedAt) record.lastDeclinedAt = past.respondedAt;
      if (past.declineReason === "not_my_field") record.notMyField.push(past.mission);
      if (past.declineReason === "too_far") record.tooFar = true;
    }
  }
  return record;
}

function placeFit(mission: MissionFacts, record: Standing, rules: RankingRules): { fit: PlaceFit; points: number } {
  const { communes } = record.volunteer;
  if (mission.remote) return { fit: "remote", points: POINTS.place };
  if (!mission.communeCode) return { fit: "territory", points: 0.75 * POINTS.place };
  if (communes.length === 0) return { fit: "unknown", points: 0.5 * POINTS.place };
  if (communes.includes(mission.communeCode)) return { fit: "same", points: POINTS.place };
  if (communes.some((code) => rules.areNeighbours(code, mission.communeCode!))) {
    // « trop loin » once: a neighbouring commune is not near enough for them.
    return { fit: "neighbour", points: (record.tooFar ? 0.2 : 0.6) * POINTS.place };
  }
  return { fit: "far", points: 0 };
}

/** The mission asks for professions and the volunteer's is not one of them: they are never asked. */
const lacksProfession = (mission: MissionFacts, volunteer: Volunteer): boolean =>
  mission.professions.length > 0 && !mission.professions.includes(volunteer.profession ?? "");

/** What is read once per mission, not once per volunteer. */
interface MissionReading {
  month: string;
  slot: Slot;
  motivations: ReadonlySet<string>;
}

function fitReasons(mission: MissionFacts, reading: MissionReading, record: Standing, rules: RankingRules): Reason[] {
  const { volunteer } = record;
  const reasons: Reason[] = [];
  if (mission.professions.length && volunteer.profession) {
    reasons.push({ factor: "profession", points: 0, profession: volunteer.profession });
  }
  const matched = mission.skills.filter((skill) => volunteer.skills.includes(skill));
  const skillShare = mission.skills.length ? matched.length / mission.skills.length : 1;
  reasons.push({ factor: "skills", points: POINTS.skills * skillShare, matched, wanted: [...mission.skills] });
  const motivations = volunteer.motivations.filter((m) => reading.motivations.has(m));
  reasons.push({ factor: "motivation", points: motivations.length ? POINTS.motivation : 0, matched: motivations });
  reasons.push({ factor: "place", ...placeFit(mission, record, rules) });
  const { slot } = reading;
  const fit = volunteer.slots.length === 0 ? "unknown" : volunteer.slots.includes(slot) ? "yes" : "no";
  const availability = { yes: 1, unknown: 0.5, no: 0 }[fit] * POINTS.availability;
  reasons.push({ factor: "availability", points: availability, slot, fit });
  const notMine = record.notMyField.some(
    (past) => past.kind === mission.kind || past.skills.some((skill) => mission.skills.includes(skill)),
  );
  if (notMine) reasons.push({ factor: "field", points: POINTS.field });
  return reasons;
}

function fairnessReasons(record: Standing, missionsInMonth: number, rules: RankingRules): Reason[] {
  const days = record.lastAskedAt ? Math.floor((rules.now.getTime() - record.lastAskedAt.getTime()) / DAY_MS) : null;
  const recency = days === null ? 1 : Math.min(days, RECENCY_DAYS) / RECENCY_DAYS;
  return [
    { factor: "recency", points: POINTS.recency * recency, days },
    { factor: "load", points: POINTS.load * (1 - missionsInMonth / rules.missionCap), missions: missionsInMonth },
  ];
}

/** Volunteers ranked for missions, their history read once. */
export class VolunteerRanking {
  private readonly records: Standing[];

  constructor(
    volunteers: readonly Volunteer[],
    private readonly rules: RankingRules,
  ) {
    const monthStart = DateTime.fromJSDate(rules.now, { zone: rules.zone }).startOf("month").toJSDate();
    this.records = volunteers.map((volunteer) => recordOf(volunteer, rules, monthStart));
  }

  /** Eligible volunteers, best first; and why the others are not asked. */
  rank(mission: MissionFacts): { ranked: Ranked[]; excluded: { memberId: number; why: Exclusion }[] } {
    const reading = this.reading(mission);
    const scored: (Ranked & { record: Standing })[] = [];
    const excluded: { memberId: number; why: Exclusion }[] = [];
    for (const record of this.records) {
      const inMonth = record.commitments.filter((c) => c.month === reading.month);
      const missionsInMonth = inMonth.length;
      const hoursInMonth = inMonth.reduce((sum, c) => sum + c.hours, 0) + hoursOf(mission);
      const why = this.exclusion(mission, record, missionsInMonth, hoursInMonth);
      if (why) {
        excluded.push({ memberId: record.volunteer.id, why });
        continue;
      }
      const reasons = [
        ...fitReasons(mission, reading, record, this.rules),
        ...fairnessReasons(record, missionsInMonth, this.rules),
      ];
      const rounded = reasons.map((reason) => ({ ...reason, points: round(reason.points) }));
      const score = round(rounded.reduce((sum, reason) => sum + reason.points, 0));
      scored.push({ memberId: record.volunteer.id, score, reasons: rounded, record });
    }
    scored.sort((a, b) => b.score - a.score || compareFairly(a.record, b.record));
    return { ranked: scored.map(({ record: _, ...ranked }) => ranked), excluded };
  }

  /**
   * How well the mission fits one volunteer — the fit part of their score, whether or not they may be
   * asked now (a volunteer browsing sees the missions they were offered too); undefined when it asks for a
   * profession they do not have, or they are not among the volunteers ranked.
   */
  fitOf(mission: MissionFacts, memberId: number): number | undefined {
    const record = this.records.find((r) => r.volunteer.id === memberId);
    if (!record) return undefined;
    if (lacksProfession(mission, record.volunteer)) return undefined;
    const reasons = fitReasons(mission, this.reading(mission), record, this.rules);
    return round(reasons.reduce((sum, reason) => sum + reason.points, 0));
  }

  private reading(mission: MissionFacts): MissionReading {
    const kindMotivation = KIND_MOTIVATION[mission.kind];
    return {
      month: monthOf(mission.startsAt, this.rules.zone),
      slot: missionSlot(mission.startsAt, this.rules.zone),
      motivations: new Set([...mission.motivations, ...(kindMotivation ? [kindMotivation] : [])]),
    };
  }

  private exclusion(
    mission: MissionFacts,
    record: Standing,
    missionsInMonth: number,
    hoursInMonth: number,
  ): Exclusion | undefined {
    const { volunteer } = record;
    const { now, cooldownDays, offersAtOnce, offerCap, missionCap } = this.rules;
    if (!volunteer.reachable) return "unreachable";
    if (lacksProfession(mission, volunteer)) return "profession";
    if (volunteer.pausedUntil && volunteer.pausedUntil > now) return "paused";
    if (record.missionIds.has(mission.id)) return "already_asked";
    if (record.lastDeclinedAt && now.getTime() - record.lastDeclinedAt.getTime() < cooldownDays * DAY_MS) {
      return "cooldown";
    }
    if (record.commitments.some((commitment) => overlaps(commitment, mission))) return "busy";
    if (record.awaitingAnswer >= offersAtOnce) return "awaiting_answer";
    if (record.offersThisMonth >= offerCap) return "offer_cap";
    if (missionsInMonth >= missionCap) return "mission_cap";
    if (volunteer.hoursPerMonth !== null && hoursInMonth > volunteer.hoursPerMonth) return "hours_cap";
    return undefined;
  }
}

/** Equal scores: fewer offers this month, then asked longer ago (never first), then the older member. */
function compareFairly(a: Standing, b: Standing): number {
  const asked = (r: Standing) => r.lastAskedAt?.getTime() ?? -1;
  return a.offersThisMonth - b.offersThisMonth || asked(a) - asked(b) || a.volunteer.id - b.volunteer.id;
}
