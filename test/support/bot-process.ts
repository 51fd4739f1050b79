// A bot as a process of its own, on a database file, for the tests that need real processes: several writing at
// once (SQLite's lock between processes), one killed with SIGKILL in the middle of its work. This half runs in the
// child: every direct message is appended to a file as it is sent; with `hangAfter` N, the message after the Nth
// never completes and "hanging" is printed, so the parent can kill the process at that point.
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout } from "node:timers/promises";
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

/** `--name value` taken out of a command line: the value (if given) and the other arguments. */
export function option(args: readonly string[], name: string): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(name);
  if (at < 0) return { value: undefined, rest: [...args] };
  return { value: args[at + 1], rest: args.filter((_, i) => i !== at && i !== at + 1) };
}

/** Never settles: the platform does not answer, and the process is killed meanwhile. */
export function hang(): Promise<never> {
  process.stdout.write("hanging\n");
  return new Promise(() => {});
}

export async function startBotProcess(options: {
  features: readonly Feature[];
  url: string;
  deliveries: string;
  now: Date;
  hangAfter?: number;
}) {
  const registry = new FeatureRegistry(options.features);
  const config = loadConfig(
    { SEED_DEMO: "false", DATABASE_URL: options.url, DATA_DIR: path.join(tmpdir(), "reseau-sante-bot-test-data") },
    registry.settings(),
  );
  const db = await openDatabase(options.url);
  const clock = new FakeClock(options.now);
  const assembled = await assembleBot({
    config,
    db,
    clock,
    log: silentLogger(),
    registry,
    classifier: new ScriptedClassifier(),
  });
  let sent = 0;
  const sentBefore = await db.delivery.count({ where: { status: "sent" } });
  const channel: DeliveryChannel = {
    name: "console",
    async sendDirect(target, replies) {
      if (sent >= (options.hangAfter ?? Number.POSITIVE_INFINITY)) {
        // The messages sent before are recorded first. Between the platform's answer and that record, a killed
        // process sends the message again when restarted (delivery is at least once): a window no test can close.
        while ((await db.delivery.count({ where: { status: "sent" } })) < sentBefore + sent) await setTimeout(10);
        return hang();
      }
      sent++;
      appendFileSync(
        options.deliveries,
        `${JSON.stringify({ to: target.externalUserId, text: replies.map(replyToPlainText).join("\n") })}\n`,
      );
      return { directConversationId: `dm-${target.externalUserId}`, messageIds: [`m${sentBefore + sent}`] };
    },
    async postTo() {
      return undefined;
    },
    async edit() {},
  };
  assembled.outbound.attach(channel);
  /** Runs the due jobs at each time in turn. */
  const tickAt = async (times: readonly string[]) => {
    for (const at of times) {
      clock.set(at);
      await assembled.scheduler.tick();
    }
  };
  return { ...assembled, db, clock, tickAt };
}
