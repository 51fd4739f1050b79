// The bot with the announcements feature as a process of its own, on a database file, for the test that
// kills it with SIGKILL in the middle of an announcement's deliveries.
//   node --import tsx announcement-process.ts <database url> <deliveries file> <iso time>... [--hang-after N]
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
import { announcementsFeature } from "../../../src/features/announcements/index.ts";
import { silentLogger } from "../../../src/log.ts";
import { FakeClock } from "../../support/fake-clock.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";

const [url, deliveries, ...rest] = process.argv.slice(2);
const hangAt = rest.includes("--hang-after")
  ? Number(rest[rest.indexOf("--hang-after") + 1])
  : Number.POSITIVE_INFINITY;
const times = rest.filter((_, i) => rest[i] !== "--hang-after" && rest[i - 1] !== "--hang-after");

const registry = new FeatureRegistry([announcementsFeature]);
const config = loadConfig(
  { SEED_DEMO: "false", DATABASE_URL: url!, DATA_DIR: path.join(tmpdir(), "reseau-sante-bot-test-data") },
  registry.settings(),
);
const db = await openDatabase(url!);
const clock = new FakeClock(times[0]!);
const { scheduler, outbound } = await assembleBot({
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
    const text = replies.map(replyToPlainText).join("\n");
    appendFileSync(deliveries!, `${JSON.stringify({ to: target.externalUserId, text })}\n`);
    return { directConversationId: `dm-${target.externalUserId}`, messageIds: [`m-${target.externalUserId}`] };
  },
  async postTo() {
    return undefined;
  },
  async edit() {},
};
outbound.attach(channel);

for (const at of times) {
  clock.set(at);
  while ((await scheduler.tick()) > 0) {}
}
process.stdout.write("done\n");
await db.$disconnect();
