import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { InboundEvent } from "../src/core/inbound.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { loadPersonas } from "../src/demo/personas.ts";
import { features } from "../src/features/index.ts";
import { silentLogger } from "../src/log.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { benchEnvironment } from "./bench-output.ts";
import { type LatencySummary, summarize } from "./stats.ts";

export interface LatencyOptions {
  messages: number;
  /** DATA_DIR of the run, for the NLU model cache (the project's data/ by default, so no retraining). */
  dataDir?: string;
}

export interface LatencyResult {
  messages: number;
  distinctTexts: number;
  senders: number;
  classify: LatencySummary;
  endToEnd: LatencySummary & { messagesPerSecond: number };
  outcomes: Record<string, number>;
  environment: ReturnType<typeof benchEnvironment>;
}

/** Realistic chat messages: every labelled test sentence of the project (held-out files), any intent. */
async function sampleTexts(): Promise<string[]> {
  const dir = path.join(PROJECT_ROOT, "test", "nlu", "fixtures");
  const texts: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of (await readFile(path.join(dir, file), "utf8")).split("\n")) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

/**
 * Sends `messages` messages through the whole core (member resolution, rate limit, privacy guard,
 * NLU, routing, handlers, SQLite writes for dedupe and the conversation log), one after the other,
 * from the demo personas and a few guests, on a fresh database. Also times the NLU alone.
 */
export async function runLatencyBench(options: LatencyOptions): Promise<LatencyResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "bot-bench-"));
  const registry = new FeatureRegistry(features);
  const config = loadConfig(
    {
      DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
      DATA_DIR: options.dataDir ?? path.join(PROJECT_ROOT, "data"),
      RATE_LIMIT_PER_MINUTE: "10000",
    },
    registry.settings(),
  );
  const app = await createApp(config, { log: silentLogger(), registry });
  try {
    const texts = await sampleTexts();
    const senders = [...(await loadPersonas()).map((p) => p.key), "guest-1", "guest-2", "guest-3"];
    const classify: number[] = [];
    for (let i = 0; i < options.messages; i++) {
      const started = performance.now();
      await app.services.nlu.classify(texts[i % texts.length]!);
      classify.push(performance.now() - started);
    }
    const endToEnd: number[] = [];
    const outcomes: Record<string, number> = {};
    const began = performance.now();
    for (let i = 0; i < options.messages; i++) {
      const sender = senders[i % senders.length]!;
      const event: InboundEvent = {
        eventId: `bench-${i}`,
        sender: { externalUserId: sender, displayName: sender },
        conversation: { channel: "console", workspaceId: "local", conversationId: `dm-${sender}`, kind: "direct" },
        payload: { type: "text", text: texts[(i * 7) % texts.length]! },
        receivedAt: new Date(),
      };
      const started = performance.now();
      await app.bot.handle(event);
      endToEnd.push(performance.now() - started);
    }
    const seconds = (performance.now() - began) / 1000;
    for (const row of await app.services.db.conversationLog.groupBy({ by: ["outcome"], _count: true })) {
      outcomes[row.outcome] = row._count;
    }
    return {
      messages: options.messages,
      distinctTexts: texts.length,
      senders: senders.length,
      classify: summarize(classify),
      endToEnd: { ...summarize(endToEnd), messagesPerSecond: Math.round(options.messages / seconds) },
      outcomes,
      environment: benchEnvironment(),
    };
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}
