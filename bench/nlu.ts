// npm run bench:nlu [-- --ablation]: intent micro-F1 on the NLU Evaluation Corpora, node-nlp's defaults
// against this bot's pipeline, side by side. npm run bench:nlu -- --cv [--only NAME]…: instead, the
// cross-validation on training data only that chose the pipeline's settings (bench/nlu-cv.ts).
import { parseArgs } from "node:util";
import { writeBenchResult } from "./bench-output.ts";
import { runNluCv } from "./nlu-cv.ts";
import { type NluBenchResult, runNluBench } from "./nlu-run.ts";

/** Overall F1 published for other NLU systems on the same corpora (rounded). */
const PUBLISHED = "published overall F1: NLP.js 0.93, Watson 0.92, LUIS 0.91, Botfuel 0.91, Rasa 0.88, Dialogflow 0.87";

const { values } = parseArgs({
  options: {
    ablation: { type: "boolean", default: false },
    cv: { type: "boolean", default: false },
    only: { type: "string", multiple: true },
  },
});
if (values.cv) {
  process.stdout.write(await runNluCv(values.only));
  process.exit(0);
}
const result = await runNluBench({ ablation: values.ablation });
process.stdout.write(formatTable(result));
await writeBenchResult("nlu", result);

function formatTable(r: NluBenchResult): string {
  const f1 = (correct: number, total: number) => `${(total ? correct / total : 0).toFixed(3)} (${correct}/${total})`;
  const timing = "train ms / classify p50, p99 ms";
  const width = Math.max(timing.length, ...r.systems.map((s) => s.label.length));
  const names = [...r.corpora.map((c) => c.name), "overall"];
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(18))).join(" | ")} |`;
  const lines = [
    `micro-F1 on the test splits (${r.corpora.map((c) => `${c.name} ${c.test}`).join(", ")}), ${r.environment.node}, ${r.environment.cpus} CPUs`,
    "",
    row(["system", ...names]),
    `|${"-".repeat(width + 2)}|${names.map(() => "-".repeat(20)).join("|")}|`,
    ...r.systems.map((s) =>
      row([
        s.label,
        ...r.corpora.map((c) => f1(c.systems[s.key]!.correct, c.systems[s.key]!.total)),
        f1(r.overall[s.key]!.correct, r.overall[s.key]!.total),
      ]),
    ),
    "",
    row([timing, ...names.slice(0, -1), ""]),
    ...r.systems.map((s) =>
      row([
        s.label,
        ...r.corpora.map((c) => {
          const { trainMs, classify } = c.systems[s.key]!;
          return `${trainMs} / ${classify.p50Ms.toFixed(2)}, ${classify.p99Ms.toFixed(2)}`;
        }),
        "",
      ]),
    ),
    "",
    PUBLISHED,
    `whole run ${(r.durationMs / 1000).toFixed(1)} s`,
    "",
  ];
  return lines.join("\n");
}
