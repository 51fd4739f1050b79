import type { Config } from "./config.ts";
import { Bot } from "./core/bot.ts";
import { type Clock, systemClock } from "./core/clock.ts";
import { FormStore } from "./core/form-store.ts";
import { MemberDirectory } from "./core/members/member-directory.ts";
import { loadMemberVocabulary, type MemberVocabulary } from "./core/members/member-vocabulary.ts";
import type { Classifier } from "./core/nlu-port.ts";
import { Outbound } from "./core/outbound/outbound.ts";
import type { PrivacyGuard } from "./core/privacy-port.ts";
import type { FeatureRegistry } from "./core/registry.ts";
import type { Services } from "./core/services.ts";
import { coordinatorsByDirectMessage } from "./core/team.ts";
import { loadTerritory } from "./core/vocabulary/load-territory.ts";
import { loadResourceTypes, type ResourceTypes } from "./core/vocabulary/resource-types.ts";
import type { Territory } from "./core/vocabulary/territory.ts";
import { type Database, openDatabase, prepareDatabaseFile } from "./db/client.ts";
import { applyPendingMigrations, unappliedMigrations } from "./db/migrations.ts";
import { type DemoSeedResult, seedDemo } from "./demo/seed-demo.ts";
import type { Logger } from "./log.ts";
import { loadClassifier } from "./nlu/nlu-classifier.ts";
import { CONTENT_DIR, INTENTS_DIR } from "./paths.ts";
import { Scheduler } from "./scheduler/scheduler.ts";

interface ServiceParts {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  registry: FeatureRegistry;
  nlu: Classifier;
  forms: FormStore;
  territory: Territory;
  resourceTypes: ResourceTypes;
  memberVocabulary: MemberVocabulary;
}

/** Wires the services handlers and jobs receive: the scheduler and the outbound port need each other. */
function wireServices(parts: ServiceParts): { services: Services; scheduler: Scheduler; outbound: Outbound } {
  const { config, db, clock, log, registry, forms } = parts;
  const members = new MemberDirectory(db, clock);
  const outbound = new Outbound({
    db,
    clock,
    log,
    members,
    forms,
    messages: registry.messages,
    defaultLocale: config.defaultLocale,
    scheduler: () => scheduler,
  });
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
    get team() {
      return team;
    },
    territory: parts.territory,
    resourceTypes: parts.resourceTypes,
    memberVocabulary: parts.memberVocabulary,
    profileInvite: (t) => registry.provided.profileInvite?.(t) ?? [],
    help: registry.help,
  };
  const team = registry.provided.team?.(services) ?? coordinatorsByDirectMessage(outbound);
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

/** What {@link assembleBot} needs: everything else it builds from the configuration and the data files. */
export interface BotParts {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  /** The installed features; their registry is built here. */
  registry: FeatureRegistry;
  privacyGuard?: PrivacyGuard;
  /** The classifier to use; by default the trained model for the features' intents (cached under DATA_DIR). */
  classifier?: Classifier;
}

export interface AssembledBot {
  bot: Bot;
  services: Services;
  registry: FeatureRegistry;
  scheduler: Scheduler;
  outbound: Outbound;
  /** Whether the NLU model was trained now (false: loaded from the cache, or a classifier was given). */
  nluTrained: boolean;
}

/**
 * Builds the bot on an open database: territory and vocabulary, the NLU, the services, each feature's
 * start. Shared by `createApp` and the tests, so both run the same wiring.
 */
export async function assembleBot(parts: BotParts): Promise<AssembledBot> {
  const { config, db, clock, log, registry } = parts;
  const [territory, resourceTypes, memberVocabulary] = await Promise.all([
    loadTerritory(INTENTS_DIR),
    loadResourceTypes(INTENTS_DIR),
    loadMemberVocabulary(CONTENT_DIR),
  ]);
  let nluTrained = false;
  let nlu = parts.classifier;
  if (!nlu) {
    const loaded = await loadClassifier({
      intentsDir: INTENTS_DIR,
      intents: registry.handledIntents(),
      cacheDir: config.nlu.cacheDir,
      territory,
      resourceTypes,
      log,
      now: () => clock.now(),
      timezone: config.timezone,
    });
    nlu = loaded.classifier;
    nluTrained = loaded.trained;
    log.info(
      { trained: nluTrained, intents: registry.handledIntents().length },
      nluTrained ? "NLU model trained" : "NLU model loaded from cache",
    );
  }
  const forms = new FormStore(db, clock);
  const { services, scheduler, outbound } = wireServices({
    config,
    db,
    clock,
    log,
    registry,
    nlu,
    forms,
    territory,
    resourceTypes,
    memberVocabulary,
  });
  for (const feature of registry.features) await feature.start?.(services);
  const bot = new Bot({
    services,
    registry,
    forms,
    ...(parts.privacyGuard ? { privacyGuard: parts.privacyGuard } : {}),
  });
  return { bot, services, registry, scheduler, outbound, nluTrained };
}

export interface AppOptions {
  log: Logger;
  clock?: Clock;
  /** The installed features' registry (its settings were part of the configuration). */
  registry: FeatureRegistry;
}

/** The bot assembled, channels not started yet. */
export interface App extends AssembledBot {
  config: Config;
  /** Facts about the start, for logs and measurements. */
  startup: { migrationsApplied: string[]; nluTrained: boolean; demoSeeded?: DemoSeedResult };
  /** Waits for events and jobs in flight, releases the scheduler's leases, closes the database. */
  close(): Promise<void>;
}

/**
 * The composition root: migrates the embedded database, assembles the bot and seeds the demo
 * network when configured. Starts nothing that listens.
 */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const { log, registry } = options;
  const clock = options.clock ?? systemClock;
  await prepareDatabaseFile(config.databaseUrl);
  // The schema engine takes half a second to load: only when a migration is pending.
  const pending = await unappliedMigrations(config.databaseUrl);
  const migrationsApplied = pending.length ? await applyPendingMigrations(config.databaseUrl) : [];
  if (migrationsApplied.length) log.info({ migrations: migrationsApplied }, "database migrated");
  const db = await openDatabase(config.databaseUrl);
  const assembled = await assembleBot({ config, db, clock, log, registry });
  const demo = config.seedDemo ? await seedDemo(assembled.services) : undefined;
  return {
    ...assembled,
    config,
    startup: { migrationsApplied, nluTrained: assembled.nluTrained, ...(demo ? { demoSeeded: demo } : {}) },
    async close() {
      await assembled.bot.drain();
      await assembled.scheduler.stop();
      await db.$disconnect();
    },
  };
}
