// npm run bench:missions [-- --volunteers 1000 --missions 50 --repeat 7]: the time to rank that many volunteers
// for that many open missions, and the offers per second the cascade sustains through the core (scheduler,
// outbound port, a fake channel) on SQLite; writes bench/results/missions.json.
import { parseArgs } from "node:util";
import { writeBenchResult } from "./bench-output.ts";
import { runMissionsBench } from "./missions-run.ts";

const { values } = parseArgs({
  options: {
    volunteers: { type: "string", default: "1000" },
    missions: { type: "string", default: "50" },
    repeat: { type: "string", default: "7" },
  },
});
const [volunteers, missions, repeat] = [values.volunteers, values.missions, values.repeat].map(Number);
if (![volunteers, missions, repeat].every((n) => Number.isInteger(n) && n! >= 1) || volunteers! > 20_000) {
  process.stderr.write("--volunteers (1–20000), --missions and --repeat must be positive whole numbers\n");
  process.exit(64);
}

const result = await runMissionsBench({ volunteers: volunteers!, missions: missions!, repeat: repeat! });
const { ranking, cascade } = result;
const round = (name: string, r: { offers: number; ms: number; offersPerSecond: number }) =>
  `${name}: ${r.offers} offers sent in ${(r.ms / 1000).toFixed(2)} s, ${r.offersPerSecond} offers/s`;
process.stdout.write(
  [
    `${result.volunteers} volunteers (${result.pastAssignments} past offers), ${result.missions} open missions, ${result.environment.node}, ${result.environment.cpus} CPUs`,
    "",
    `ranking, median of ${repeat}: read volunteers and history ${ranking.loadMs} ms + rank for every mission ${ranking.rankAllMs} ms = ${ranking.totalMs} ms (${ranking.perMissionMs} ms a mission)`,
    round("cascade, opening every mission", cascade.opening),
    round("cascade, every offer lapsing", cascade.afterExpiry),
    "",
  ].join("\n"),
);
await writeBenchResult("missions", result);
