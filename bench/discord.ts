// npm run bench:discord [-- --interactions 300 --burst 300]: interaction → answer latency and a rate-limited DM burst,
// against the local fake Discord.
import { parseArgs } from "node:util";
import { latencyTable, writeBenchResult } from "./bench-output.ts";
import { runDiscordBench } from "./discord-run.ts";

const { values } = parseArgs({
  options: {
    interactions: { type: "string", default: "300" },
    burst: { type: "string", default: "300" },
  },
});
const interactions = Number(values.interactions);
const burst = Number(values.burst);
if (![interactions, burst].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write("--interactions and --burst must be positive whole numbers\n");
  process.exit(64);
}
const r = await runDiscordBench({ interactions, burst });
const b = r.burst;
process.stdout.write(
  [
    `${interactions} slash commands and ${interactions} DMs, ${r.environment.node}, ${r.environment.cpus} CPUs (local fake Discord on 127.0.0.1)`,
    "",
    ...latencyTable([
      ["slash command → first answer", r.interactions.firstAnswer],
      ["DM → answer posted", r.interactions.dmAnswer],
    ]),
    "",
    `interactions deferred (answer slower than 2 s): ${r.interactions.deferred}`,
    `burst: ${b.sent}/${b.messages} DMs sent in ${(b.durationMs / 1000).toFixed(1)} s (${b.restCalls} REST calls at discord.js's 50/s), ${b.lost} lost, ${b.duplicates} duplicates, ${b.rateLimited} answers 429`,
    "",
  ].join("\n"),
);
await writeBenchResult("discord", r);
