// npm run bench:members [-- --members 5000 --messages 2000 --keep FILE]: times the import of a fictional member
// file of that size (dry run and apply, on an empty database and again), and member resolution per message with
// that many members in the database, alone and through the whole core; writes bench/results/members.json.
import path from "node:path";
import { parseArgs } from "node:util";
import { writeBenchResult } from "./bench-output.ts";
import { runMembersBench } from "./members-run.ts";

const { values } = parseArgs({
  options: {
    members: { type: "string", default: "5000" },
    messages: { type: "string", default: "2000" },
    keep: { type: "string" },
  },
});
const members = Number(values.members);
const messages = Number(values.messages);
if (!Number.isInteger(members) || members < 1 || members > 10_000 || !Number.isInteger(messages) || messages < 1) {
  process.stderr.write("--members must be a whole number from 1 to 10000, --messages a positive whole number\n");
  process.exit(64);
}

const result = await runMembersBench({
  members,
  messages,
  ...(values.keep ? { keep: path.resolve(values.keep) } : {}),
});
const { importMs: ms } = result;
const row = (name: string, s: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number }) =>
  `| ${name.padEnd(44)} | ${s.p50Ms.toFixed(2).padStart(7)} | ${s.p99Ms.toFixed(2).padStart(7)} | ${s.maxMs.toFixed(1).padStart(7)} |`;
process.stdout.write(
  [
    `${result.members} fictional members (${Math.round(result.fileBytes / 1024)} KiB of YAML), ${result.environment.node}, ${result.environment.cpus} CPUs`,
    "",
    `read into rows: YAML ${ms.readYaml} ms, CSV ${ms.readCsv} ms`,
    `empty database: dry run ${ms.dryRunEmpty} ms, apply ${ms.applyEmpty} ms (one transaction)`,
    `same file again: dry run ${ms.dryRunUnchanged} ms, apply ${ms.applyUnchanged} ms (nothing to change)`,
    `one member in ten changed (communes, a role): apply ${ms.applyTenPercentChanged} ms`,
    "",
    `| ${"per message, ms".padEnd(44)} | ${"p50".padStart(7)} | ${"p99".padStart(7)} | ${"max".padStart(7)} |`,
    `|${"-".repeat(46)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(9)}|`,
    row("member resolution, known, 1st of the minute", result.resolve.knownFirstOfMinute),
    row("member resolution, known, again", result.resolve.knownAgain),
    row("member resolution, first contact by e-mail", result.resolve.firstContactByEmail),
    row("message → replies (whole core + SQLite)", result.endToEnd),
    "",
  ].join("\n"),
);
await writeBenchResult("members", result);
