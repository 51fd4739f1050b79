// The bot with the announcements feature as a process of its own, on a database file, for the test that
// kills it with SIGKILL in the middle of an announcement's deliveries.
//   node --import tsx announcement-process.ts <database url> <deliveries file> <iso time>... [--hang-after N]
//     runs the due jobs at each time, and those they make due; every direct message is appended to the
//     deliveries file as it is sent; with --hang-after N, the message after the Nth never completes.
import { announcementsFeature } from "../../../src/features/announcements/index.ts";
import { option, startBotProcess } from "../../support/bot-process.ts";

const [url, deliveries, ...args] = process.argv.slice(2);
const { value: hangAfter, rest: times } = option(args, "--hang-after");
const { scheduler, clock, db } = await startBotProcess({
  features: [announcementsFeature],
  url: url!,
  deliveries: deliveries!,
  now: new Date(times[0]!),
  ...(hangAfter === undefined ? {} : { hangAfter: Number(hangAfter) }),
});
for (const at of times) {
  clock.set(at);
  // The publication job schedules one delivery job per member, due at once.
  while ((await scheduler.tick()) > 0) {}
}
process.stdout.write("done\n");
await db.$disconnect();
