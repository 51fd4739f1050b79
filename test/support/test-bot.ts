import { tmpdir } from "node:os";
import path from "node:path";
import { wireServices } from "../../src/app.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { Bot } from "../../src/core/bot.ts";
import type { Feature } from "../../src/core/feature.ts";
import type { InboundEvent } from "../../src/core/inbound.ts";
import type { Classifier } from "../../src/core/nlu-port.ts";
import type { Outbound } from "../../src/core/outbound.ts";
import type { PrivacyGuard } from "../../src/core/privacy-port.ts";
import { FeatureRegistry } from "../../src/core/registry.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { Services } from "../../src/core/services.ts";
import { silentLogger, type Logger } from "../../src/log.ts";
import { INTENTS_DIR } from "../../src/paths.ts";
import type { Scheduler } from "../../src/scheduler/scheduler.ts";
import { loadResourceTypes } from "../../src/nlu/entities/resource-types.ts";
import { loadClassifier } from "../../src/nlu/nlu-classifier.ts";
import { loadTerritory } from "../../src/territory/load-territory.ts";
import type { Territory } from "../../src/territory/territory.ts";
import { createTestDatabase, type TestDatabase } from "./database.ts";
import { FakeChannel } from "./fake-channel.ts";
import { FakeClock } from "./fake-clock.ts";
import { ScriptedClassifier } from "./scripted-classifier.ts";

export interface TestBotOptions {
  features?: readonly Feature[];
  /** A scripted classifier by default; "trained" loads the real model for the features' intents. */
  classifier?: Classifier | "trained";
  env?: Record<string, string>;
  privacyGuard?: PrivacyGuard;
  log?: Logger;
  now?: Date;
}

export interface TestBot {
  bot: Bot;
  services: Services;
  config: Config;
  clock: FakeClock;
  database: TestDatabase;
  channel: FakeChannel;
  scheduler: Scheduler;
  outbound: Outbound;
  handle(event: InboundEvent): Promise<Reply[]>;
  close(): Promise<void>;
}

/**
 * The real core (pipeline, router, registry, scheduler, outbound port) on a temporary database,
 * with a fake clock, a fake channel and, by default, a scripted classifier.
 */
export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const database = await createTestDatabase();
  const config = loadConfig({ SEED_DEMO: "false", ...options.env });
  const clock = new FakeClock(options.now ?? new Date("2026-11-23T10:00:00Z"));
  const log = options.log ?? silentLogger();
  const registry = new FeatureRegistry(options.features ?? []);
  const [territory, resourceTypes] = await Promise.all([loadTerritory(INTENTS_DIR), loadResourceTypes(INTENTS_DIR)]);
  const nlu =
    options.classifier === "trained"
      ? await trainedClassifier(registry, territory, clock)
      : (options.classifier ?? new ScriptedClassifier());
  const { services, scheduler, outbound } = wireServices({ config, db: database.db, clock, log, registry, nlu, territory, resourceTypes });
  for (const feature of registry.features) await feature.start?.(services);
  const channel = new FakeChannel();
  outbound.attach(channel);
  const bot = new Bot({ services, registry, ...(options.privacyGuard ? { privacyGuard: options.privacyGuard } : {}) });
  return {
    bot,
    services,
    config,
    clock,
    database,
    channel,
    scheduler,
    outbound,
    handle: (event) => bot.handle(event),
    async close() {
      await bot.drain();
      await scheduler.stop();
      await database.close();
    },
  };
}

/** Trained models are cached by content hash, so one folder serves every test file and run. */
const NLU_TEST_CACHE = path.join(tmpdir(), "reseau-sante-bot-test-nlu");

async function trainedClassifier(registry: FeatureRegistry, territory: Territory, clock: FakeClock): Promise<Classifier> {
  const { classifier } = await loadClassifier({
    intentsDir: INTENTS_DIR,
    intents: registry.handledIntents(),
    cacheDir: NLU_TEST_CACHE,
    territory,
    now: () => clock.now(),
  });
  return classifier;
}
