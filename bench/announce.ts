// npm run bench:announce [-- --members 5000 --every 50]: a director's announcement to that many members on
// Slack through the whole core and the real Slack channel, against the local fake answering 429 to every
// nth chat.postMessage; reports the time, the duplicates (must be 0) and writes bench/results/announce.json.
import { parseArgs } from "node:util";
import { runAnnounceBench } from "./announce-run.ts";
import { writeBenchResult } from "./bench-output.ts";

const { values } = parseArgs({
  options: { members: { type: "string", default: "5000" }, every: { type: "string", default: "50" } },
});
const members = Number(values.members);
const rateLimitEvery = Number(values.every);
if (![members, rateLimitEvery].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write("--members and --every must be positive whole numbers\n");
  process.exit(64);
}
const r = await runAnnounceBench({ members, rateLimitEvery });
process.stdout.write(
  [
    `${r.members} members on Slack (local fake on 127.0.0.1), ${r.environment.node}, ${r.environment.cpus} CPUs`,
    `preview (audience counted by channel): ${r.previewMs} ms`,
    `send → every delivery recorded: ${(r.sendMs / 1000).toFixed(1)} s (${Math.round(r.members / (r.sendMs / 1000))} messages/s)`,
    `delivered ${r.delivered}/${r.members}, duplicates ${r.duplicates}, missing ${r.missing}, ${r.rateLimited} answers 429 (Retry-After: 1 s, every ${rateLimitEvery}th message)`,
    "",
  ].join("\n"),
);
await writeBenchResult("announce", r);
