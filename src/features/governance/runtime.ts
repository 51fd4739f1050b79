// What the governance feature reads once at start (its two data files) and what every part derives from the
// settings: the business clock in the network's zone and the reminder rules.
import type { Services } from "../../core/services.ts";
import { type GovernanceFiles, loadGovernanceFiles } from "./config/load-governance-files.ts";
import type { PlanRules } from "./reminders/plan.ts";
import { type GovernanceSettings, governanceSettings } from "./settings.ts";
import { BusinessClock } from "./time/business-clock.ts";

export class GovernanceRuntime {
  private loaded: GovernanceFiles | undefined;

  constructor(readonly contentDir: string) {}

  async load(): Promise<void> {
    this.loaded = await loadGovernanceFiles(this.contentDir);
  }

  get files(): GovernanceFiles {
    if (!this.loaded) throw new Error("The governance files were not loaded: the feature's start() did not run");
    return this.loaded;
  }
}

/** Everything a governance handler or job needs besides the services. */
export interface Governance {
  services: Services;
  files: GovernanceFiles;
  settings: GovernanceSettings;
  clock: BusinessClock;
  plan: PlanRules;
  zone: string;
}

/** One business clock a process (its settings do not change), so the instants it has placed are kept. */
const clocks = new WeakMap<GovernanceSettings, BusinessClock>();

export function governanceOf(services: Services, runtime: GovernanceRuntime): Governance {
  const settings = services.config.settings.of(governanceSettings);
  const zone = services.config.timezone;
  let clock = clocks.get(settings);
  if (clock?.zone !== zone) {
    clock = new BusinessClock(zone, settings.business, settings.holidays);
    clocks.set(settings, clock);
  }
  return {
    services,
    files: runtime.files,
    settings,
    clock,
    plan: { clock, escalationDays: settings.escalationDays },
    zone,
  };
}
