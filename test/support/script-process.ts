import { execFile } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/paths.ts";

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script of scripts/ as the person who runs the bot types it (`npm run …`), in its own process,
 * on the database file `bot.db` of `dir`.
 */
export function runScriptIn(dir: string, script: string, args: readonly string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "bot.db")}` } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
