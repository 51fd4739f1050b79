import { tmpdir } from "node:os";
import path from "node:path";
import { assembleBot } from "../../src/app.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import type { Bot } from "../../src/core/bot.ts";
import type { Feature } from "../../src/core/feature.ts";
import type { InboundEvent } from "../../src/core/inbound.ts";
import type { Classifier } from "../../src/core/nlu-port.ts";
import type { Outbound } from "../../src/core/outbound/outbound.ts";
import type { PrivacyGuard } from "../../src/core/privacy-port.ts";
import { FeatureRegistry } from "../../src/core/registry.ts";
import type { BotResponse, Reply } from "../../src/core/reply.ts";
import type { Services } from "../../src/core/services.ts";
import { type Logger, silentLogger } from "../../src/log.ts";
import type { Scheduler } from "../../src/scheduler/scheduler.ts";
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
  /** The database in a memory-backed folder (see createTestDatabase). */
  inMemoryFolder?: boolean;
}

export interface TestBot {
  bot: Bot;
  registry: FeatureRegistry;
  services: Services;
  config: Config;
  clock: FakeClock;
  database: TestDatabase;
  channel: FakeChannel;
  scheduler: Scheduler;
  outbound: Outbound;
  /**
   * The replies to an event, as a member sees them: for a click, the reply that replaces the clicked
   * message (marked `replaceOriginal`) comes first.
   */
  handle(event: InboundEvent): Promise<Reply[]>;
  /** The core's whole response to an event. */
  respond(event: InboundEvent): Promise<BotResponse>;
  close(): Promise<void>;
}

/**
 * The real core (pipeline, router, registry, scheduler, outbound port) on a temporary database,
 * with a fake clock, a fake channel and, by default, a scripted classifier.
 */
export async function createTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const database = await createTestDatabase({ inMemoryFolder: options.inMemoryFolder ?? false });
  // Trained models are cached by content hash, so one folder serves every test file and run.
  const registry = new FeatureRegistry(options.features ?? []);
  const config = loadConfig({ SEED_DEMO: "false", DATA_DIR: TEST_DATA_DIR, ...options.env }, registry.settings());
  const clock = new FakeClock(options.now ?? new Date("2026-11-23T10:00:00Z"));
  const { bot, services, scheduler, outbound } = await assembleBot({
    config,
    db: database.db,
    clock,
    log: options.log ?? silentLogger(),
    registry,
    ...(options.privacyGuard ? { privacyGuard: options.privacyGuard } : {}),
    ...(options.classifier === "trained" ? {} : { classifier: options.classifier ?? new ScriptedClassifier() }),
  }).catch(async (error: unknown) => {
    // A bot that refuses to start (a test of a wrong file) leaves no database behind.
    await database.close();
    throw error;
  });
  const channel = new FakeChannel();
  outbound.attach(channel);
  return {
    bot,
    registry,
    services,
    config,
    clock,
    database,
    channel,
    scheduler,
    outbound,
    respond: (event) => bot.handle(event),
    handle: async (event) => {
      const { clicked, replies } = await bot.handle(event);
      return clicked?.kind === "replace" ? [clicked.reply, ...replies] : replies;
    },
    async close() {
      await bot.drain();
      await scheduler.stop();
      await database.close();
    },
  };
}

const TEST_DATA_DIR = path.join(tmpdir(), "reseau-sante-bot-test-data");
