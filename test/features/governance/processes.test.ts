import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyToPlainText } from "../../../src/core/reply.ts";
import { openDatabase } from "../../../src/db/client.ts";
import { createTask } from "../../../src/features/governance/tasks/task-store.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";
import { killWhenHanging, readDeliveries, spawnBot } from "../../support/child-bot.ts";
import { createGovernanceBot, type GovernanceBot, runUntil } from "./governance-bot.ts";

// The reminder run of Tuesday 8 June 2027, 09:00 in Paris, killed with SIGKILL halfway and restarted: what the
// members receive must be what an uninterrupted run sends them, each message once. The run has the demo
// calendar's reminders (the AG notice and the auditor's certification, due 15 June) and the whole escalation
// ladder of a task 20 days late (the trésorier, the secrétaire général, the présidents and the director).
const SCRIPT = path.join(PROJECT_ROOT, "test", "features", "governance", "governance-process.ts");
const RUN = new Date("2027-06-08T07:00:00Z");
const AFTER_THE_LEASE = new Date("2027-06-08T07:10:00Z");
const DAY = 86_400_000;

let bot: GovernanceBot;
let folder: string;
/** The direct messages of the uninterrupted run, as the killed process's channel writes them. */
let uninterrupted: { to: string; text: string }[];

beforeAll(async () => {
  bot = await createGovernanceBot({ now: new Date(RUN.getTime() - DAY) });
  await runUntil(bot, new Date(RUN.getTime() - 60_000));
  const director = await bot.idOf("sophie-lambert");
  await createTask(
    bot.database.db,
    {
      title: "Renouveler l'assurance responsabilité civile",
      category: "legal",
      dueAt: new Date(RUN.getTime() - 20 * DAY),
      leadDays: "7,1",
      ownerRole: "board_treasurer",
    },
    director,
    new Date(RUN.getTime() - 30 * DAY),
  );
  folder = path.dirname(bot.database.url.replace(/^file:/, ""));
  for (const copy of ["killed-sweep", "killed-delivery"])
    await bot.database.db.$executeRawUnsafe(`VACUUM INTO '${path.join(folder, `${copy}.db`)}'`);
  await runUntil(bot, new Date(RUN.getTime() + 3600_000));
  uninterrupted = bot.timed.log.map((s) => ({ to: s.to, text: s.replies.map(replyToPlainText).join("\n") }));
}, 60_000);
afterAll(() => bot.close());

async function deliveryRows(url: string) {
  const db = await openDatabase(url);
  const rows = await db.delivery.findMany({ where: { sendKey: { startsWith: "governance:" } } });
  await db.$disconnect();
  return { written: rows.length, sent: rows.filter((d) => d.status === "sent").length };
}

const sorted = (messages: { to: string; text: string }[]) =>
  messages.map((m) => `${m.to}\n${m.text}`).sort((a, b) => a.localeCompare(b));

describe("a reminder run killed halfway", () => {
  it("is a run worth killing: reminders and a whole escalation ladder, to several members", () => {
    expect(uninterrupted.length).toBeGreaterThanOrEqual(7);
    const late = uninterrupted.filter((m) => m.text.includes("Renouveler l'assurance"));
    expect(late.map((m) => m.to).sort()).toEqual(
      ["anne-dubois", "helene-roussel", "marc-lefevre", "paul-girard", "sophie-lambert"].sort(),
    );
    expect(uninterrupted.some((m) => m.text.includes("Convoquer l'assemblée générale"))).toBe(true);
  });

  // At the kill: the deliveries written (one a recipient of each message) and those sent.
  it.each([
    [
      "in the middle of the sweep, a message written but not yet recorded",
      "killed-sweep",
      "--hang-after-sends",
      2,
      { written: 5, sent: 0 },
    ],
    ["while the messages are being delivered", "killed-delivery", "--hang-after", 3, { written: 7, sent: 3 }],
  ])(
    "loses and duplicates nothing when killed %s, then restarted",
    async (_when, copy, hangOption, count, atKill) => {
      const url = `file:${path.join(folder, `${copy}.db`)}`;
      const deliveries = path.join(folder, `${copy}.jsonl`);
      await writeFile(deliveries, "");
      await killWhenHanging(SCRIPT, [url, deliveries, RUN.toISOString(), hangOption, String(count)]);
      expect(await deliveryRows(url)).toEqual(atKill);
      expect(await readDeliveries(deliveries)).toHaveLength(atKill.sent);

      // Restarted once the dead worker's lease (5 minutes) is over.
      await spawnBot(SCRIPT, [url, deliveries, AFTER_THE_LEASE.toISOString()]).output;
      expect(sorted(await readDeliveries(deliveries))).toEqual(sorted(uninterrupted));
    },
    60_000,
  );
});
