import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";
import { readDeliveries, spawnBot } from "../../support/child-bot.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";
import { draftMission, HOUR, NOW, person } from "./mission-fixtures.ts";

// Real processes on one database file: what no test inside one process can show (SQLite's lock between
// processes, a process killed in the middle of its work).
const SCRIPT = path.join(PROJECT_ROOT, "test", "features", "missions", "bot-process.ts");

let t: TestBot;
let deliveries: string;
beforeEach(async () => {
  t = await createTestBot({ features: [missionsFeature] });
  deliveries = path.join(path.dirname(t.database.url.replace(/^file:/, "")), "deliveries.jsonl");
  await writeFile(deliveries, "");
});
afterEach(() => t.close());

const botProcess = (...args: string[]) => spawnBot(SCRIPT, [t.database.url, deliveries, ...args]);
const delivered = () => readDeliveries(deliveries);

describe("missions across processes", () => {
  it("never gives more seats than there are when two processes accept a hundred volunteers at once", async () => {
    const mission = await draftMission(t.database.db, { seats: 3, status: "open" });
    const ids = await t.database.db.$transaction(async (tx) => {
      const made: number[] = [];
      for (let i = 1; i <= 100; i++) made.push((await person(tx, { key: `v${i}` })).id);
      return made;
    });
    // Interleaved, so that both processes hold members who accept first.
    const parts = [ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 2 === 1)];
    const outputs = await Promise.all(
      parts.map((part) => botProcess("accept", String(mission.id), ...part.map(String)).output),
    );
    const outcomes = outputs.flatMap((out) =>
      out
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { status?: string; position?: number; error?: string }),
    );
    expect(outcomes).toHaveLength(100);
    expect(outcomes.filter((o) => o.status === "accepted")).toHaveLength(3);
    const positions = outcomes.flatMap((o) => (o.status === "waitlisted" ? [o.position!] : []));
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
    expect(await t.database.db.mission.findUniqueOrThrow({ where: { id: mission.id } })).toMatchObject({
      seatsTaken: 3,
      status: "full",
    });
    expect(await t.database.db.missionAssignment.count({ where: { status: "accepted" } })).toBe(3);
  });

  it("loses nothing and sends nothing twice when the process is killed between the offers and their expiry", async () => {
    for (const key of ["ana", "ben", "cleo", "dan"]) await person(t.database.db, { key });
    const mission = await draftMission(t.database.db, { seats: 1 });
    await openMission(t.services, { missionId: mission.id, actorId: null, now: NOW });

    // The round of offers runs; its direct messages never complete, and the process is killed.
    const first = botProcess("tick", NOW.toISOString(), "--hang-after", "0");
    await first.line("hanging");
    first.child.kill("SIGKILL");
    await first.output;
    expect(await delivered()).toEqual([]);
    expect(await t.database.db.missionAssignment.count({ where: { status: "offered" } })).toBe(2);

    // Restarted once the dead worker's lease is over: the offers go out; two days later both lapse and the
    // next two candidates are asked.
    const later = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();
    await botProcess("tick", later(0.25), later(49)).output;

    const messages = await delivered();
    expect(messages.map((m) => m.to).sort()).toEqual(["ana", "ben", "cleo", "dan"]);
    expect(messages.every((m) => m.text.startsWith("Bonjour ! Une mission bénévole"))).toBe(true);
    const rows = await t.database.db.missionAssignment.findMany({ include: { member: true }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.member.displayName, r.status])).toEqual([
      ["ana", "expired"],
      ["ben", "expired"],
      ["cleo", "offered"],
      ["dan", "offered"],
    ]);
    expect(await t.database.db.missionEvent.count({ where: { kind: "offered" } })).toBe(4);
    expect(await t.database.db.delivery.count({ where: { status: { not: "sent" } } })).toBe(0);
    expect(await t.database.db.job.count({ where: { status: { in: ["failed", "running"] } } })).toBe(0);
  });
});
