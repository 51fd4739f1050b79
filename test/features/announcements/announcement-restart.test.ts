import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { announcementsFeature } from "../../../src/features/announcements/index.ts";
import { PROJECT_ROOT } from "../../../src/paths.ts";
import type { TestBot } from "../../support/test-bot.ts";
import { announcementBot, send, writeAnnouncement } from "./announcement-fixtures.ts";

// A real process on the test's database file, killed with SIGKILL while it sends an announcement.
const SCRIPT = path.join(PROJECT_ROOT, "test", "features", "announcements", "announcement-process.ts");

function botProcess(t: TestBot, deliveries: string, ...args: string[]) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", SCRIPT, t.database.url, deliveries, ...args],
    {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const output = new Promise<string>((resolve, reject) =>
    child.on("exit", (code, signal) =>
      code === 0 || signal === "SIGKILL" ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`)),
    ),
  );
  const hanging = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("hanging")) resolve();
    });
    output.then(() => reject(new Error(`exited before hanging: ${stderr}`)), reject);
  });
  hanging.catch(() => undefined); // awaited only by the run that hangs
  return { child, output, hanging };
}

describe("a scheduled announcement across a crash", () => {
  let t: TestBot;
  afterEach(() => t.close());

  it("survives a SIGKILL in the middle of its deliveries and reaches each recipient once after a restart", async () => {
    t = await announcementBot({ features: [announcementsFeature] });
    const deliveries = path.join(path.dirname(t.database.url.replace(/^file:/, "")), "announcement-deliveries.jsonl");
    await writeFile(deliveries, "");
    await writeAnnouncement(t, {
      title: "AG",
      body: "Convocation à l'assemblée générale.",
      audience: "tout le monde",
      when: "demain 9h",
    });
    await send(t);
    const recipients = await t.database.db.member.count({ where: { status: "active" } });
    // The test's own bot runs no job from here on: the processes do.

    // Tuesday 9:00 in Paris: the announcement is published; from the sixth message on, the platform never answers.
    const first = botProcess(t, deliveries, "2026-11-24T08:00:00Z", "--hang-after", "5");
    await first.hanging;
    // Killed while the platform holds the next messages unanswered (those it accepted are recorded first).
    first.child.kill("SIGKILL");
    await first.output;
    // Restarted once the dead worker's leases are over.
    await botProcess(t, deliveries, "2026-11-24T08:15:00Z", "2026-11-24T08:30:00Z").output;

    const sent = (await readFile(deliveries, "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string });
    expect(sent.every((m) => m.text.includes("Convocation à l'assemblée générale."))).toBe(true);
    expect(sent).toHaveLength(recipients);
    expect(new Set(sent.map((m) => m.to)).size).toBe(recipients);
  }, 60_000);
});
