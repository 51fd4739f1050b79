// npm run nlu -- classify            one utterance per line on stdin → one JSON result per line
// npm run nlu -- eval FILE.jsonl     lines {"text","intent"} → accuracy, per-intent P/R/F1, confusions
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pino } from "pino";
import { loadConfig } from "../config.ts";
import { NONE_INTENT } from "../core/nlu-port.ts";
import { FeatureRegistry } from "../core/registry.ts";
import { features } from "../features/index.ts";
import { INTENTS_DIR } from "../paths.ts";
import { loadTerritory } from "../territory/load-territory.ts";
import { evaluate, formatEvaluation } from "./evaluate.ts";
import { parseLabelledLines } from "./labelled-file.ts";
import { loadClassifier, type NluClassifier } from "./nlu-classifier.ts";

const USAGE = "usage: npm run nlu -- classify < utterances.txt\n       npm run nlu -- eval FILE.jsonl";

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== "classify" && !(command === "eval" && file)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const labelled = command === "eval" ? await readFile(file!, "utf8") : undefined;
  const config = loadConfig();
  const log = pino({ level: "warn", base: undefined }, pino.destination(2));
  const started = performance.now();
  const { classifier, trained } = await loadClassifier({
    intentsDir: INTENTS_DIR,
    intents: new FeatureRegistry(features).handledIntents(),
    cacheDir: config.nlu.cacheDir,
    territory: await loadTerritory(INTENTS_DIR),
    timezone: config.timezone,
    log,
  });
  const ms = Math.round(performance.now() - started);
  process.stderr.write(`NLU model ${trained ? "trained" : "loaded from cache"} in ${ms} ms (${classifier.intents.join(", ")})\n`);
  return labelled === undefined ? classify(classifier) : evaluateFile(classifier, file!, labelled, config.nlu.confidenceThreshold);
}

async function classify(classifier: NluClassifier): Promise<number> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const result = await classifier.classify(line);
    const entities = Object.fromEntries(
      Object.entries(result.entities)
        .filter(([, matches]) => matches.length)
        .map(([kind, matches]) => [kind, matches.map((m) => m.value)]),
    );
    const { locale, intent, score } = result;
    process.stdout.write(`${JSON.stringify({ text: line, locale, intent, score: Number(score.toFixed(4)), entities })}\n`);
  }
  return 0;
}

async function evaluateFile(classifier: NluClassifier, file: string, source: string, threshold: number): Promise<number> {
  const { sentences, problems } = parseLabelledLines(source);
  for (const problem of problems) process.stderr.write(`${file}: ${problem} (skipped)\n`);
  const raw: { expected: string; predicted: string }[] = [];
  const thresholded: typeof raw = [];
  for (const { text, intent } of sentences) {
    const result = await classifier.classify(text);
    raw.push({ expected: intent, predicted: result.intent });
    thresholded.push({ expected: intent, predicted: result.score >= threshold ? result.intent : NONE_INTENT });
  }
  const unknown = [...new Set(sentences.map((s) => s.intent))].filter((i) => !classifier.intents.includes(i));
  if (unknown.length) process.stderr.write(`not trained, always counted wrong: ${unknown.join(", ")}\n`);
  const rawAccuracy = evaluate(raw).accuracy;
  process.stdout.write(
    `${sentences.length} sentences from ${file}; below the confidence threshold ${threshold} counts as ${NONE_INTENT}` +
      ` (best intent regardless of score: accuracy ${(100 * rawAccuracy).toFixed(1)}%)\n\n`,
  );
  process.stdout.write(`${formatEvaluation(evaluate(thresholded))}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
