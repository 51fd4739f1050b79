// The bot with the missions feature as a process of its own, on a database file, for the tests that need
// real processes: several accepting at once (SQLite's lock across processes), and one killed with SIGKILL.
//   node --import tsx bot-process.ts <database url> <deliveries file> accept <mission> <member>...
//     takes a seat (or a waitlist place) for each member at once; prints one JSON outcome per line.
//   node --import tsx bot-process.ts <database url> <deliveries file> tick <iso time>... [--hang-after N]
//     runs the due jobs at each time; every direct message is appended to the deliveries file as it is
//     sent; with --hang-after N, the message after the Nth never completes, and "hanging" is printed.
import { acceptMission } from "../../../src/features/missions/engine/accept.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { hangOption, startProcessBot } from "../../support/process-bot.ts";

const [url, deliveries, command, ...rest] = process.argv.slice(2);
const { hangAfter, rest: args } = hangOption(rest);
const { services, scheduler, clock, db } = await startProcessBot({
  url: url!,
  deliveries: deliveries!,
  features: [missionsFeature],
  now: args[0] && command === "tick" ? args[0] : new Date(),
  hangAfter,
});

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
