// The bot with the announcements feature as a process of its own, on a database file, for the test that
// kills it with SIGKILL in the middle of an announcement's deliveries.
//   node --import tsx announcement-process.ts <database url> <deliveries file> <iso time>... [--hang-after N]
//     runs the due jobs at each time; every direct message is appended to the deliveries file as it is
//     sent; with --hang-after N, the message after the Nth never completes, and "hanging" is printed.
import { announcementsFeature } from "../../../src/features/announcements/index.ts";
import { hangOption, startProcessBot } from "../../support/process-bot.ts";

const [url, deliveries, ...args] = process.argv.slice(2);
const { hangAfter, rest: times } = hangOption(args);
const { scheduler, clock, db } = await startProcessBot({
  url: url!,
  deliveries: deliveries!,
  features: [announcementsFeature],
  now: times[0]!,
  hangAfter,
});
for (const at of times) {
  clock.set(at);
  while ((await scheduler.tick()) > 0) {}
}
process.stdout.write("done\n");
await db.$disconnect();
