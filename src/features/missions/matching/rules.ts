import type { Services } from "../../../core/services.ts";
import { missionsSettings } from "../settings.ts";
import type { RankingRules } from "./ranking.ts";

/** The ranking rules of now: the configured caps and cool-down, the network's zone and communes. */
export function rankingRules(services: Pick<Services, "config" | "territory">, now: Date): RankingRules {
  const settings = services.config.settings.of(missionsSettings);
  return {
    now,
    zone: services.config.timezone,
    offersAtOnce: settings.offersAtOnce,
    offerCap: settings.monthlyOfferCap,
    missionCap: settings.monthlyMissionCap,
    cooldownDays: settings.declineCooldownDays,
    areNeighbours: (a, b) => services.territory.areNeighbours(a, b),
  };
}
