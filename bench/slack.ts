// npm run bench:slack [-- --events 500 --burst 300 --fanout 1000]: Slack acknowledgement latency, a rate-limited burst
// and an audience fan-out, against a local fake.
import { parseArgs } from "node:util";
import { latencyTable, writeBenchResult } from "./bench-output.ts";
import { runSlackBench } from "./slack-run.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "500" },
    burst: { type: "string", default: "300" },
    fanout: { type: "string", default: "1000" },
  },
});
const events = Number(values.events);
const burst = Number(values.burst);
const fanout = Number(values.fanout);
if (![events, burst, fanout].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write("--events, --burst and --fanout must be positive whole numbers\n");
  process.exit(64);
}
const r = await runSlackBench({ events, burst, fanout });
process.stdout.write(
  [
    `${events} events per transport, ${r.environment.node}, ${r.environment.cpus} CPUs (local fake Slack on 127.0.0.1)`,
    "",
    ...latencyTable([
      ["Socket Mode: envelope → ack", r.socketMode.ack],
      ["Socket Mode: event → answer posted", r.socketMode.answer],
      ["HTTP: signed request → 200", r.http.ack],
    ]),
    "",
    `acks later than Slack's 3 s: ${r.socketMode.lateAcks}`,
    `burst: ${r.burst.delivered}/${r.burst.messages} direct messages delivered once each in ${(r.burst.durationMs / 1000).toFixed(1)} s, ${r.burst.rateLimited} answers 429 (Retry-After: 1 s)`,
    `fan-out: ${r.fanout.sent}/${r.fanout.recipients} deliveries of one audience send in ${(r.fanout.durationMs / 1000).toFixed(1)} s, ${r.fanout.duplicates} duplicates, ${r.fanout.rateLimited} answers 429 (Retry-After: 1 s)`,
    "",
  ].join("\n"),
);
await writeBenchResult("slack", r);
