// The bot with the missions feature as a process of its own, on a database file, for the tests that need
// real processes: several accepting at once (SQLite's lock across processes), and one killed with SIGKILL.
//   node --import tsx bot-process.ts <database url> <deliveries file> accept <mission> <member>...
//     takes a seat (or a waitlist place) for each member at once; prints one JSON outcome per line.
//   node --import tsx bot-process.ts <database url> <deliveries file> tick <iso time>... [--hang-after N]
//     runs the due jobs at each time; every direct message is appended to the deliveries file as it is
//     sent; with --hang-after N, the message after the Nth never completes, and "hanging" is printed.
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { assembleBot } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config.ts";
import type { DeliveryChannel } from "../../../src/core/outbound-port.ts";
import { FeatureRegistry } from "../../../src/core/registry.ts";
import { replyToPlainText } from "../../../src/core/reply.ts";
import { openDatabase } from "../../../src/db/client.ts";
import { acceptMission } from "../../../src/features/missions/engine/accept.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { silentLogger } from "../../../src/log.ts";
import { FakeClock } from "../../support/fake-clock.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";

const [url, deliveries, command, ...rest] = process.argv.slice(2);
const hangAt = rest.includes("--hang-after")
  ? Number(rest[rest.indexOf("--hang-after") + 1])
  : Number.POSITIVE_INFINITY;
const args = rest.filter((_, i) => rest[i] !== "--hang-after" && rest[i - 1] !== "--hang-after");

const registry = new FeatureRegistry([missionsFeature]);
const config = loadConfig(
  { SEED_DEMO: "false", DATABASE_URL: url!, DATA_DIR: path.join(tmpdir(), "reseau-sante-bot-test-data") },
  registry.settings(),
);
const db = await openDatabase(url!);
const clock = new FakeClock(args[0] && command === "tick" ? args[0] : new Date());
const { services, scheduler, outbound } = await assembleBot({
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
    if (sent >= hangAt) {
      process.stdout.write("hanging\n");
      return new Promise(() => {}); // the platform never answers: the process is killed meanwhile
    }
    sent++;
    appendFileSync(
      deliveries!,
      `${JSON.stringify({ to: target.externalUserId, text: replies.map(replyToPlainText).join("\n") })}\n`,
    );
    return { directConversationId: `dm-${target.externalUserId}` };
  },
  async postTo() {},
};
outbound.attach(channel);

if (command === "accept") {
  const [missionId, ...memberIds] = args.map(Number);
  const outcomes = await Promise.all(
    memberIds.map((memberId) =>
      acceptMission(services, { missionId: missionId!, memberId, now: new Date(), ifFull: "waitlist" }),
    ),
  );
  for (const outcome of outcomes) {
    process.stdout.write(
      `${JSON.stringify(outcome.ok ? { status: outcome.value.status, position: "position" in outcome.value ? outcome.value.position : null } : { error: outcome.error })}\n`,
    );
  }
} else if (command === "tick") {
  for (const at of args) {
    clock.set(at);
    await scheduler.tick();
  }
  process.stdout.write("done\n");
}
await db.$disconnect();
