// The missions engine under load: ranking a thousand volunteers for fifty missions, and the cascade of
// offers through the real core (scheduler, outbound port, a fake channel) on SQLite.
import { openMission } from "../src/features/missions/engine/lifecycle.ts";
import { missionsFeature } from "../src/features/missions/index.ts";
import { loadVolunteers, missionFacts } from "../src/features/missions/matching/candidates.ts";
import { VolunteerRanking } from "../src/features/missions/matching/ranking.ts";
import { rankingRules } from "../src/features/missions/matching/rules.ts";
import { missionsSettings } from "../src/features/missions/settings.ts";
import { createTestBot } from "../test/support/test-bot.ts";
import { benchEnvironment } from "./bench-output.ts";
import { seedBenchNetwork } from "./missions-network.ts";

export interface MissionsBenchOptions {
  volunteers: number;
  missions: number;
  /** Times the ranking is measured; the median is reported. */
  repeat: number;
}

export interface CascadeRound {
  /** Offers sent to the fake channel in this round. */
  offers: number;
  ms: number;
  offersPerSecond: number;
}

export interface MissionsBenchResult {
  volunteers: number;
  missions: number;
  pastAssignments: number;
  /** Median milliseconds: reading every volunteer and their history; ranking them for every mission (pure). */
  ranking: { loadMs: number; rankAllMs: number; totalMs: number; perMissionMs: number };
  /** Opening every mission, then every offer lapsing unanswered: each time until the last offer is sent. */
  cascade: { opening: CascadeRound; afterExpiry: CascadeRound };
  environment: ReturnType<typeof benchEnvironment>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runMissionsBench(options: MissionsBenchOptions): Promise<MissionsBenchResult> {
  // Monday 11:00 in Paris; nobody has quiet hours, so offers go out as soon as they are made.
  const t = await createTestBot({ features: [missionsFeature], now: new Date("2026-11-23T10:00:00Z") });
  try {
    const { db } = t.database;
    const now = t.clock.now();
    const network = await seedBenchNetwork(db, t.services.memberVocabulary, t.services.territory, {
      volunteers: options.volunteers,
      missions: options.missions,
      now,
    });
    await db.mission.updateMany({ where: { id: { in: network.openMissionIds } }, data: { status: "open" } });
    const open = await db.mission.findMany({ where: { id: { in: network.openMissionIds } }, include: { tags: true } });
    const loads: number[] = [];
    const ranks: number[] = [];
    for (let i = 0; i < options.repeat; i++) {
      const started = performance.now();
      const volunteers = await loadVolunteers(db, now);
      const loaded = performance.now();
      const ranking = new VolunteerRanking(volunteers, rankingRules(t.services, now));
      for (const mission of open) ranking.rank(missionFacts(mission));
      loads.push(loaded - started);
      ranks.push(performance.now() - loaded);
    }
    await db.mission.updateMany({ where: { id: { in: network.openMissionIds } }, data: { status: "draft" } });

    const sent = () => t.channel.direct.length;
    const cascade = async (work: () => Promise<void>): Promise<CascadeRound> => {
      const before = sent();
      const started = performance.now();
      await work();
      while ((await t.scheduler.tick()) > 0) {}
      const ms = performance.now() - started;
      const offers = sent() - before;
      return { offers, ms: round(ms), offersPerSecond: Math.round((offers / ms) * 1000) };
    };
    const opening = await cascade(async () => {
      for (const missionId of network.openMissionIds) {
        await openMission(t.services, { missionId, actorId: null, now });
      }
    });
    const { offerHours } = t.services.config.settings.of(missionsSettings);
    const afterExpiry = await cascade(async () => t.clock.advance((offerHours + 1) * 3_600_000));
    return {
      volunteers: network.volunteers,
      missions: options.missions,
      pastAssignments: network.pastAssignments,
      ranking: {
        loadMs: round(median(loads)),
        rankAllMs: round(median(ranks)),
        totalMs: round(median(loads.map((load, i) => load + ranks[i]!))),
        perMissionMs: round(median(ranks) / options.missions),
      },
      cascade: { opening, afterExpiry },
      environment: benchEnvironment(),
    };
  } finally {
    await t.close();
  }
}
