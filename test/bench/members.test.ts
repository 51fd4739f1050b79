import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMembersBench } from "../../bench/members-run.ts";

// A tiny run keeps the benchmark from rotting; its timings are read in bench/results, never asserted.
describe("the member benchmark", () => {
  it("imports a generated member file and resolves its members through the core", async () => {
    const result = await runMembersBench({
      members: 60,
      messages: 12,
      dataDir: path.join(tmpdir(), "reseau-sante-bot-test-data"),
    });
    expect(result.members).toBe(60);
    expect(result.resolve.knownAgain.count).toBe(12);
    expect(result.resolve.firstContactByEmail.count).toBe(12);
    expect(result.endToEnd.count).toBe(12);
    expect(Object.values(result.importMs).every((ms) => ms >= 0)).toBe(true);
  }, 60_000);
});
