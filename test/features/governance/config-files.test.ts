import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadGovernanceFiles } from "../../../src/features/governance/config/load-governance-files.ts";
import { governanceFeature } from "../../../src/features/governance/index.ts";
import { CONTENT_DIR } from "../../../src/paths.ts";
import { createTestBot } from "../../support/test-bot.ts";

// A network corrects content/association.yaml and content/governance-rules.yaml without code: a mistake there is
// named as `file:line field: reason`, every one at once, and the bot does not start on it.
const FILES = ["association.yaml", "governance-rules.yaml"] as const;
type Edit = [file: (typeof FILES)[number], from: string, to: string];

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A copy of the demo content folder with `edits` made; the 1-based line of each edit. */
async function contentWith(edits: readonly Edit[]): Promise<{ dir: string; lines: number[] }> {
  folder = await mkdtemp(path.join(tmpdir(), "governance-content-"));
  const dir = path.join(folder, "content");
  await mkdir(dir);
  const lines: number[] = [];
  for (const file of FILES) {
    let text = await readFile(path.join(CONTENT_DIR, file), "utf8");
    for (const [, from, to] of edits.filter(([f]) => f === file)) {
      const at = text.indexOf(from);
      expect(at, `"${from}" in ${file}`).toBeGreaterThanOrEqual(0);
      lines.push(text.slice(0, at).split("\n").length);
      text = text.slice(0, at) + to + text.slice(at + from.length);
    }
    await writeFile(path.join(dir, file), text);
  }
  return { dir, lines };
}

describe("the governance data files", () => {
  it("reads the demo files: the association and every rule with a checked reference", async () => {
    const { association, rules } = await loadGovernanceFiles(CONTENT_DIR);
    expect(association.fiscalYearEnd).toBe("12-31");
    expect(rules.map((r) => r.key)).toContain("board-change-declaration");
    for (const rule of rules) expect(rule.reference.text.length).toBeGreaterThan(3);
  });

  it("names every mistake of both files as file:line field: reason", async () => {
    const { dir, lines } = await contentWith([
      ["association.yaml", 'fiscalYearEnd: "12-31"', 'fiscalYearEnd: "31-12"'],
      ["association.yaml", "noticeDays: 15", "noticeDays: -3"],
      ["governance-rules.yaml", "owner: board_treasurer", "owner: tresorier"],
      ["governance-rules.yaml", "due: { yearly: ag-deadline }", "due: { yearly: ag-deadlin }"],
    ]);
    const problems = await loadGovernanceFiles(dir).then(
      () => [],
      (error: { problems: string[] }) => error.problems,
    );
    expect(problems).toHaveLength(4);
    const [fiscal, notice, owner, due] = lines;
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^content/association.yaml:${fiscal} fiscalYearEnd: must be a day of the year`)),
      expect.stringMatching(new RegExp(`^content/association.yaml:${notice} meetings\\.ag\\.noticeDays: `)),
      expect.stringMatching(new RegExp(`^content/governance-rules.yaml:${due} rules\\[1\\]\\.due: must be one of`)),
      expect.stringMatching(
        new RegExp(`^content/governance-rules.yaml:${owner} rules\\[2\\]\\.owner: must be one of board_president`),
      ),
    ]);
  });

  it("refuses to start the bot on a wrong file, saying where", async () => {
    const { dir, lines } = await contentWith([["association.yaml", "quorum: 0.25", "quorum: 25"]]);
    await expect(createTestBot({ features: [governanceFeature(dir)] })).rejects.toThrow(
      `content/association.yaml:${lines[0]} meetings.ag.quorum:`,
    );
  });
});
