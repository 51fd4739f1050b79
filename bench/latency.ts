// npm run bench:latency [-- --messages 10000]: NLU and end-to-end latency through the core with SQLite.
import { parseArgs } from "node:util";
import { writeBenchResult } from "./bench-output.ts";
import { runLatencyBench } from "./latency-run.ts";

const { values } = parseArgs({ options: { messages: { type: "string", default: "10000" } } });
const messages = Number(values.messages);
if (!Number.isInteger(messages) || messages < 1) {
  process.stderr.write(`--messages must be a positive whole number, got "${values.messages}"\n`);
  process.exit(64);
}

const result = await runLatencyBench({ messages });
const row = (name: string, s: { p50Ms: number; p99Ms: number; maxMs: number }, extra = "") =>
  `| ${name.padEnd(34)} | ${s.p50Ms.toFixed(2).padStart(8)} | ${s.p99Ms.toFixed(2).padStart(8)} | ${s.maxMs.toFixed(1).padStart(8)} | ${extra.padStart(10)} |`;
process.stdout.write(
  [
    `${result.messages} messages (${result.distinctTexts} distinct texts, ${result.senders} senders), ${result.environment.node}, ${result.environment.cpus} CPUs`,
    "",
    `| ${"measure".padEnd(34)} | ${"p50 ms".padStart(8)} | ${"p99 ms".padStart(8)} | ${"max ms".padStart(8)} | ${"msg/s".padStart(10)} |`,
    `|${"-".repeat(36)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(10)}|${"-".repeat(12)}|`,
    row("NLU classify", result.classify),
    row("message → replies (core + SQLite)", result.endToEnd, String(result.endToEnd.messagesPerSecond)),
    "",
    `outcomes: ${Object.entries(result.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    "",
  ].join("\n"),
);
await writeBenchResult("latency", result);
