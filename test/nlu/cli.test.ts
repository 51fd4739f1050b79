import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/paths.ts";

// The CLI as maintainers run it (`npm run nlu -- …`), in its own process with a scratch model cache.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "nlu-cli-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function runCli(args: string[], stdin = ""): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "src/nlu/cli.ts", ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve({ stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe("npm run nlu", () => {
  it("classify prints one JSON object per line, communes by name and resource types by key", async () => {
    const { stdout } = await runCli(["classify"], "ssiad sur le KB ?\n\nbonjour\n");
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(["text", "locale", "intent", "score", "entities"]);
    expect(lines[0]).toMatchObject({
      text: "ssiad sur le KB ?",
      locale: "fr",
      entities: { commune: ["Le Kremlin-Bicêtre"], resourceType: ["ssiad"] },
    });
    expect(lines[1]).toMatchObject({ text: "bonjour", intent: "greeting", entities: {} });
  }, 60_000);

  it("eval reports entity recall per kind and lists the misses when lines state their entities", async () => {
    const file = path.join(dataDir, "labelled.jsonl");
    await writeFile(
      file,
      [
        '{"text": "besoin d\'une HAD à Vitry", "intent": "orientation.resource", "entities": {"commune": ["Vitry-sur-Seine"], "resourceType": ["had"]}}',
        '{"text": "un ostéopathe sur Ivry", "intent": "orientation.resource", "entities": {"commune": ["Ivry-sur-Seine"], "resourceType": ["osteopathe"]}}',
        '{"text": "bonjour", "intent": "greeting"}',
      ].join("\n"),
      "utf8",
    );
    const { stdout } = await runCli(["eval", file]);
    expect(stdout).toMatch(/^accuracy, best intent whatever its score: +\d/m);
    expect(stdout).toMatch(/^confident errors \(score >= 0\.7 and wrong\): +\d/m);
    expect(stdout).toMatch(/commune\s+2\/2\s+100\.0%/);
    expect(stdout).toMatch(/resourceType\s+1\/2\s+50\.0%/);
    expect(stdout).toContain('line 2: resourceType osteopathe (found: nothing)   "un ostéopathe sur Ivry"');
  }, 60_000);

  it("eval lists the confident errors and gives the figures per group when lines name one", async () => {
    const file = path.join(dataDir, "grouped.jsonl");
    await writeFile(
      file,
      [
        '{"text": "bonjour", "intent": "thanks", "group": "wrong on purpose"}',
        '{"text": "merci beaucoup", "intent": "thanks", "group": "right"}',
      ].join("\n"),
      "utf8",
    );
    const { stdout } = await runCli(["eval", file]);
    expect(stdout).toMatch(/confident errors \(score >= 0\.7 and wrong\): +50\.0% \(1\/2\)/);
    expect(stdout).toMatch(/^wrong on purpose +1 +0\.0% +0\.0% +100\.0% \(1\)$/m);
    expect(stdout).toMatch(/line 1: thanks → greeting \d\.\d\d \[wrong on purpose\] +"bonjour"/);
  }, 60_000);
});
