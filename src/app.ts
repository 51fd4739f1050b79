import type { Config } from "./config.ts";
import { Bot } from "./core/bot.ts";
import { systemClock, type Clock } from "./core/clock.ts";
import type { Feature } from "./core/feature.ts";
import { MemberDirectory } from "./core/members/member-directory.ts";
import { Outbound } from "./core/outbound.ts";
import type { PrivacyGuard } from "./core/privacy-port.ts";
import { FeatureRegistry } from "./core/registry.ts";
import type { Services } from "./core/services.ts";
import type { Classifier } from "./core/nlu-port.ts";
import { openDatabase, prepareDatabaseFile, type Database } from "./db/client.ts";
import { applyPendingMigrations, unappliedMigrations } from "./db/migrations.ts";
import { seedDemo, type DemoSeedResult } from "./demo/seed-demo.ts";
import { features as installedFeatures } from "./features/index.ts";
import type { Logger } from "./log.ts";
import { loadResourceTypes, type ResourceTypes } from "./nlu/entities/resource-types.ts";
import { loadClassifier } from "./nlu/nlu-classifier.ts";
import { INTENTS_DIR } from "./paths.ts";
import { Scheduler } from "./scheduler/scheduler.ts";
import { loadTerritory } from "./territory/load-territory.ts";
import type { Territory } from "./territory/territory.ts";

export interface AppOptions {
  log: Logger;
  clock?: Clock;
  /** The features to install; the registry of src/features/index.ts by default. */
  features?: readonly Feature[];
  privacyGuard?: PrivacyGuard;
}

/** The bot assembled, channels not started yet. */
export interface App {
  config: Config;
  services: Services;
  bot: Bot;
  registry: FeatureRegistry;
  scheduler: Scheduler;
  outbound: Outbound;
  /** Facts about the start, for logs and measurements. */
  startup: { migrationsApplied: string[]; nluTrained: boolean; demoSeeded?: DemoSeedResult };
  /** Waits for events and jobs in flight, releases the scheduler's leases, closes the database. */
  close(): Promise<void>;
}

export interface ServiceParts {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  registry: FeatureRegistry;
  nlu: Classifier;
  territory: Territory;
  resourceTypes: ResourceTypes;
}

/** Wires the services handlers and jobs receive: the scheduler and the outbound port need each other. */
export function wireServices(parts: ServiceParts): { services: Services; scheduler: Scheduler; outbound: Outbound } {
  const { config, db, clock, log, registry } = parts;
  const members = new MemberDirectory(db, clock);
  const outbound = new Outbound({ db, clock, log, members, scheduler: () => scheduler });
  const services: Services = {
    config,
    db,
    clock,
    log,
    messages: registry.messages,
    members,
    nlu: parts.nlu,
    get scheduler() {
      return scheduler;
    },
    outbound,
    territory: parts.territory,
    resourceTypes: parts.resourceTypes,
    help: registry.help,
  };
  const scheduler = new Scheduler({
    db,
    clock,
    log,
    kinds: registry.jobKinds(),
    services: () => services,
    leaseMs: config.scheduler.leaseSeconds * 1000,
    pollMs: config.scheduler.pollMs,
    timezone: config.timezone,
  });
  return { services, scheduler, outbound };
}

/**
 * The composition root: migrates the embedded database, loads the territory and the features,
 * trains (or loads) the NLU model, and wires the services. Starts nothing that listens.
 */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const { log } = options;
  const clock = options.clock ?? systemClock;
  await prepareDatabaseFile(config.databaseUrl);
  // The schema engine takes half a second to load: only when a migration is pending.
  const migrationsApplied = (await unappliedMigrations(config.databaseUrl)).length ? await applyPendingMigrations(config.databaseUrl) : [];
  if (migrationsApplied.length) log.info({ migrations: migrationsApplied }, "database migrated");
  const db = await openDatabase(config.databaseUrl);

  const [territory, resourceTypes] = await Promise.all([loadTerritory(INTENTS_DIR), loadResourceTypes(INTENTS_DIR)]);
  const registry = new FeatureRegistry(options.features ?? installedFeatures);
  const { classifier, trained } = await loadClassifier({
    intentsDir: INTENTS_DIR,
    intents: registry.handledIntents(),
    cacheDir: config.nlu.cacheDir,
    territory,
    log,
    now: () => clock.now(),
    timezone: config.timezone,
  });
  log.info({ trained, intents: registry.handledIntents().length }, trained ? "NLU model trained" : "NLU model loaded from cache");

  const { services, scheduler, outbound } = wireServices({ config, db, clock, log, registry, nlu: classifier, territory, resourceTypes });

  for (const feature of registry.features) await feature.start?.(services);
  const demo = config.seedDemo ? await seedDemo(services) : undefined;

  const bot = new Bot({ services, registry, ...(options.privacyGuard ? { privacyGuard: options.privacyGuard } : {}) });
  return {
    config,
    services,
    bot,
    registry,
    scheduler,
    outbound,
    startup: { migrationsApplied, nluTrained: trained, ...(demo ? { demoSeeded: demo } : {}) },
    async close() {
      await bot.drain();
      await scheduler.stop();
      await db.$disconnect();
    },
  };
}
