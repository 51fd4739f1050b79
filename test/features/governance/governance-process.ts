// The bot with the governance feature as a process of its own (test/support/bot-process.ts), to be killed in the
// middle of a reminder run.
//   node --import tsx governance-process.ts <database url> <deliveries file> <iso time>...
//       [--hang-after N] [--hang-after-sends N]
// runs the due jobs at each time. --hang-after N: the direct message after the Nth never completes.
// --hang-after-sends N: the sweep's audience send after the Nth writes its deliveries, then never returns (the
// process freezes before the message is recorded in the task's history). Either way "hanging" is printed.
import { governanceFeature } from "../../../src/features/governance/index.ts";
import { CONTENT_DIR } from "../../../src/paths.ts";
import { hang, option, startBotProcess } from "../../support/bot-process.ts";

const [url, deliveries, ...rest] = process.argv.slice(2);
const messages = option(rest, "--hang-after");
const sends = option(messages.rest, "--hang-after-sends");
const times = sends.rest;

const bot = await startBotProcess({
  features: [governanceFeature(CONTENT_DIR)],
  url: url!,
  deliveries: deliveries!,
  now: new Date(times[0]!),
  ...(messages.value === undefined ? {} : { hangAfter: Number(messages.value) }),
});
if (sends.value !== undefined) {
  const send = bot.outbound.send.bind(bot.outbound);
  let started = 0;
  bot.outbound.send = (request) => (started++ < Number(sends.value) ? send(request) : send(request).then(hang));
}
await bot.tickAt(times);
process.stdout.write("done\n");
await bot.db.$disconnect();
