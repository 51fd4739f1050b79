// The bot with the missions feature as a process of its own (test/support/bot-process.ts).
//   node --import tsx bot-process.ts <database url> <deliveries file> accept <mission> <member>...
//     takes a seat (or a waitlist place) for each member at once; prints one JSON outcome per line.
//   node --import tsx bot-process.ts <database url> <deliveries file> tick <iso time>... [--hang-after N]
//     runs the due jobs at each time; every direct message is appended to the deliveries file as it is
//     sent; with --hang-after N, the message after the Nth never completes, and "hanging" is printed.
import { acceptMission } from "../../../src/features/missions/engine/accept.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { option, startBotProcess } from "../../support/bot-process.ts";

const [url, deliveries, command, ...rest] = process.argv.slice(2);
const { value: hangAfter, rest: args } = option(rest, "--hang-after");

const { services, db, tickAt } = await startBotProcess({
  features: [missionsFeature],
  url: url!,
  deliveries: deliveries!,
  now: args[0] && command === "tick" ? new Date(args[0]) : new Date(),
  ...(hangAfter === undefined ? {} : { hangAfter: Number(hangAfter) }),
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
  await tickAt(args);
  process.stdout.write("done\n");
}
await db.$disconnect();
