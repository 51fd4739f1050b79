// The bot as a process of its own on a database file, for the tests that need real processes (several
// writers on one file, a process killed with SIGKILL): the given features on the real core, a fake clock,
// and a console channel that appends each direct message to a file as it is sent.
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assembleBot } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import type { Feature } from "../../src/core/feature.ts";
import type { DeliveryChannel } from "../../src/core/outbound-port.ts";
import { FeatureRegistry } from "../../src/core/registry.ts";
import { replyToPlainText } from "../../src/core/reply.ts";
import { openDatabase } from "../../src/db/client.ts";
import { silentLogger } from "../../src/log.ts";
import { FakeClock } from "./fake-clock.ts";
import { ScriptedClassifier } from "./scripted-classifier.ts";

/** `--hang-after N` taken out of a process's arguments: after N direct messages, the platform never answers. */
export function hangOption(args: readonly string[]): { hangAfter: number; rest: string[] } {
  const at = args.indexOf("--hang-after");
  if (at < 0) return { hangAfter: Number.POSITIVE_INFINITY, rest: [...args] };
  return { hangAfter: Number(args[at + 1]), rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

export interface ProcessBotOptions {
  url: string;
  /** Every direct message sent is appended to this file as a JSON line `{to, text}`. */
  deliveries: string;
  features: readonly Feature[];
  now: Date | string;
  /** The message after the Nth never completes, and "hanging" is printed: the test kills the process then. */
  hangAfter: number;
}

export async function startProcessBot(options: ProcessBotOptions) {
  const registry = new FeatureRegistry(options.features);
  const config = loadConfig(
    { SEED_DEMO: "false", DATABASE_URL: options.url, DATA_DIR: path.join(tmpdir(), "reseau-sante-bot-test-data") },
    registry.settings(),
  );
  const db = await openDatabase(options.url);
  const clock = new FakeClock(options.now);
  const bot = await assembleBot({
    config,
    db,
    clock,
    log: silentLogger(),
    registry,
    classifier: new ScriptedClassifier(),
  });
  let sent = 0;
  const channel: DeliveryChannel = {
    name: "console",
    async sendDirect(target, replies) {
      if (sent >= options.hangAfter) {
        process.stdout.write("hanging\n");
        return new Promise(() => {}); // the platform never answers: the process is killed meanwhile
      }
      sent++;
      const text = replies.map(replyToPlainText).join("\n");
      appendFileSync(options.deliveries, `${JSON.stringify({ to: target.externalUserId, text })}\n`);
      return {
        directConversationId: `dm-${target.externalUserId}`,
        messageIds: [`m-${target.externalUserId}-${sent}`],
      };
    },
    async postTo() {
      return undefined;
    },
    async edit() {},
  };
  bot.outbound.attach(channel);
  return { ...bot, db, clock };
}
