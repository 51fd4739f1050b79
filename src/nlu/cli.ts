// npm run nlu -- classify            one utterance per line on stdin → one JSON result per line
//                                    {"text","locale","intent","score","entities"}, communes by name
// npm run nlu -- eval FILE.jsonl     lines {"text","intent"} → accuracy with and without the confidence
//                                    threshold, confident-error rate and the list of confident errors,
//                                    per-intent P/R/F1, confusions; lines that add "group" → the figures
//                                    per group; lines that add "entities": {"commune": ["Vitry-sur-Seine"],
//                                    "resourceType": ["had"]} → entity recall per kind and the misses
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { pino } from "pino";
import { loadConfig } from "../config.ts";
import { NONE_INTENT } from "../core/nlu-port.ts";
import { FeatureRegistry } from "../core/registry.ts";
import { loadTerritory } from "../core/vocabulary/load-territory.ts";
import type { Territory } from "../core/vocabulary/territory.ts";
import { features } from "../features/index.ts";
import { INTENTS_DIR } from "../paths.ts";
import {
  atThreshold,
  formatConfidentErrors,
  formatGroups,
  formatThresholdSummary,
  type ScoredPrediction,
  summarizeAtThreshold,
  summarizeGroups,
} from "./confidence-report.ts";
import { readableEntities } from "./entities/readable-values.ts";
import { type EntityPrediction, entityRecall, formatEntityRecall } from "./entity-recall.ts";
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
  const territory = await loadTerritory(INTENTS_DIR);
  const { classifier, trained } = await loadClassifier({
    intentsDir: INTENTS_DIR,
    intents: new FeatureRegistry(features).handledIntents(),
    cacheDir: config.nlu.cacheDir,
    territory,
    timezone: config.timezone,
    log,
  });
  const ms = Math.round(performance.now() - started);
  process.stderr.write(
    `NLU model ${trained ? "trained" : "loaded from cache"} in ${ms} ms (${classifier.intents.join(", ")})\n`,
  );
  return labelled === undefined
    ? classify(classifier, territory)
    : evaluateFile(classifier, territory, file!, labelled, config.nlu.confidenceThreshold);
}

/** Entities are printed as a reader writes them: communes by name, resource types by key. */
async function classify(classifier: NluClassifier, territory: Territory): Promise<number> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const result = await classifier.classify(line);
    const entities = readableEntities(territory, result.entities);
    const { locale, intent, score } = result;
    process.stdout.write(
      `${JSON.stringify({ text: line, locale, intent, score: Number(score.toFixed(4)), entities })}\n`,
    );
  }
  return 0;
}

async function evaluateFile(
  classifier: NluClassifier,
  territory: Territory,
  file: string,
  source: string,
  threshold: number,
): Promise<number> {
  const { sentences, problems } = parseLabelledLines(source);
  for (const problem of problems) process.stderr.write(`${file}: ${problem} (skipped)\n`);
  const scored: ScoredPrediction[] = [];
  const entities: EntityPrediction[] = [];
  for (const { text, intent, line, group, entities: expected } of sentences) {
    const result = await classifier.classify(text);
    scored.push({
      text,
      line,
      expected: intent,
      predicted: result.intent,
      score: result.score,
      ...(group ? { group } : {}),
    });
    if (expected) entities.push({ text, line, expected, found: readableEntities(territory, result.entities) });
  }
  const unknown = [...new Set(sentences.map((s) => s.intent))].filter((i) => !classifier.intents.includes(i));
  if (unknown.length) process.stderr.write(`not trained, always counted wrong: ${unknown.join(", ")}\n`);
  const summary = summarizeAtThreshold(scored, threshold);
  const groups = summarizeGroups(scored, threshold);
  const report = [
    `${sentences.length} sentences from ${file}; confidence threshold ${threshold}`,
    formatThresholdSummary(summary, threshold),
    "",
    `per intent, below the threshold counted as ${NONE_INTENT}:`,
    formatEvaluation(evaluate(atThreshold(scored, threshold))),
    ...(groups.length ? ["", formatGroups(groups)] : []),
    "",
    formatConfidentErrors(summary.confidentErrors),
  ].join("\n");
  process.stdout.write(`${report}\n`);
  if (entities.length) process.stdout.write(`\n${formatEntityRecall(entityRecall(entities))}\n`);
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
