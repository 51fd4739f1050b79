// The parent's half of the bot processes (test/support/bot-process.ts): starts a script with node, waits for a
// line it prints, and reads the direct messages the processes sent.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { PROJECT_ROOT } from "../../src/paths.ts";

export interface ChildBot {
  child: ChildProcess;
  /** Everything printed, once the process exits (normally, or killed with SIGKILL). */
  output: Promise<string>;
  /** Resolves once the process has printed `text`. */
  line(text: string): Promise<void>;
}

export function spawnBot(script: string, args: readonly string[]): ChildBot {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of waiting.filter((w) => stdout.includes(w.text))) w.resolve();
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const output = new Promise<string>((resolve, reject) =>
    child.on("exit", (code, signal) =>
      code === 0 || signal === "SIGKILL" ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`)),
    ),
  );
  const line = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stdout.includes(text)) return resolve();
      waiting.push({ text, resolve });
      output.then(() => reject(new Error(`exited before "${text}": ${stderr}`)), reject);
    });
  return { child, output, line };
}

/** Starts a bot process, waits until it hangs, and kills it there. */
export async function killWhenHanging(script: string, args: readonly string[]): Promise<void> {
  const bot = spawnBot(script, args);
  await bot.line("hanging");
  bot.child.kill("SIGKILL");
  await bot.output;
}

/** The direct messages the bot processes appended to `file`, in order. */
export async function readDeliveries(file: string): Promise<{ to: string; text: string }[]> {
  return (await readFile(file, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { to: string; text: string });
}
