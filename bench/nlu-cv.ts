// npm run bench:nlu -- --cv [--only NAME]…: the cross-validation that chose the default model's
// settings, on training data only, rerun for every candidate. Test splits are never read.
import { DEFAULT_SVM_OPTIONS, defaultTrainer } from "../src/nlu/default-trainer.ts";
import { ensembleTrainer } from "../src/nlu/ensemble-trainer.ts";
import type { IntentTrainer } from "../src/nlu/intent-model.ts";
import { type LinearSvmOptions, linearSvmTrainer } from "../src/nlu/linear-svm.ts";
import { nlpjsStemmer, nodeNlpTrainer } from "../src/nlu/nlp-engine.ts";
import { CV_PLAN, type CvScore, crossValidate, loadCvData } from "./nlu-cv-run.ts";

/** The SVM (weight `svm`) averaged with node-nlp's network, as the bot's default is built. */
const pair = (options: LinearSvmOptions, svm = 0.8): IntentTrainer =>
  ensembleTrainer([
    { trainer: linearSvmTrainer(options), weight: svm },
    { trainer: nodeNlpTrainer({ spellCheck: true }), weight: 1 - svm },
  ]);

const stemmer = nlpjsStemmer();
const PREVIOUS: LinearSvmOptions = { cost: 3, temperature: 0.3, charNgrams: [1, 4] };

/** Every candidate compared, by name; "previous" is the default before this comparison. */
export const CANDIDATES: Record<string, () => IntentTrainer> = {
  previous: () => pair(PREVIOUS),
  "svm alone": () => linearSvmTrainer(PREVIOUS),
  "node-nlp alone": () => nodeNlpTrainer({ spellCheck: true }),
  "weights 0.7/0.3": () => pair(PREVIOUS, 0.7),
  "weights 0.9/0.1": () => pair(PREVIOUS, 0.9),
  "temperature 0.2": () => pair({ ...PREVIOUS, temperature: 0.2 }),
  "temperature 0.4": () => pair({ ...PREVIOUS, temperature: 0.4 }),
  "cost 1": () => pair({ ...PREVIOUS, cost: 1 }),
  "cost 10": () => pair({ ...PREVIOUS, cost: 10 }),
  "char 1-5": () => pair({ ...PREVIOUS, charNgrams: [1, 5] }),
  "no word pairs": () => pair({ ...PREVIOUS, wordPairs: false }),
  "+ stems": () => pair({ ...PREVIOUS, stemmer }),
  "+ class balance": () => pair({ ...PREVIOUS, classWeight: "balanced" }),
  "+ sentence edges": () => pair({ ...PREVIOUS, sentenceEdges: true }),
  "+ edges, stems": () => pair({ ...PREVIOUS, sentenceEdges: true, stemmer }),
  "+ edges, balance (default)": defaultTrainer,
  "+ edges, balance, stems": () => pair({ ...DEFAULT_SVM_OPTIONS, stemmer }),
};

interface CandidateResult {
  name: string;
  corpora: CvScore[];
  intents: CvScore;
}

export async function runNluCv(only?: readonly string[]): Promise<string> {
  const data = await loadCvData(CV_PLAN);
  const names = Object.keys(CANDIDATES).filter((name) => !only?.length || only.includes(name));
  const unknown = only?.filter((name) => !(name in CANDIDATES)) ?? [];
  if (unknown.length) throw new Error(`unknown candidates: ${unknown.join(", ")}`);
  const results: CandidateResult[] = [];
  for (const name of names) {
    const corpora: CvScore[] = [];
    for (const set of data.corpora) corpora.push(await crossValidate(CANDIDATES[name]!(), set));
    results.push({ name, corpora, intents: await crossValidate(CANDIDATES[name]!(), data.intents) });
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const { corpora, intents } = CV_PLAN;
  return [
    `training splits of ${data.corpora.map((c) => c.name).join(", ")}: ${corpora.repetitions} × stratified ${corpora.folds}-fold; ` +
      `intents/: ${intents.repetitions} × stratified ${intents.folds}-fold. Every sentence is predicted once per repetition.`,
    "",
    ...formatTable(results),
    "",
  ].join("\n");
}

function formatTable(results: readonly CandidateResult[]): string[] {
  const width = Math.max(9, ...results.map((r) => r.name.length));
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(11))).join(" | ")} |`;
  const sum = (scores: readonly CvScore[], key: "correct" | "total") => scores.reduce((s, x) => s + x[key], 0);
  const lines = [
    row(["candidate", "corpora", "Chatbot", "AskUbuntu", "WebApps", "intents/", "wrong≥0.7", "right@0.7", "log-loss"]),
  ];
  for (const { name, corpora, intents } of results) {
    lines.push(
      row([
        name,
        `${sum(corpora, "correct")}/${sum(corpora, "total")}`,
        ...corpora.map((c) => String(c.correct)),
        `${intents.correct}/${intents.total}`,
        String(intents.confidentErrors),
        String(intents.thresholdedCorrect),
        intents.logLoss.toFixed(3),
      ]),
    );
  }
  return lines;
}
