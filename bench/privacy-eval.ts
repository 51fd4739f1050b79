// npm run privacy:eval [-- --misses] [FILE.jsonl ...]: per class, the patient identifiers the privacy guard
// redacts and the professional strings it loses on labelled messages (the dev and held-out sets by
// default), then its speed on those messages and on the worst inputs we know for it.
import path from "node:path";
import { parseArgs } from "node:util";
import { inspectText } from "../src/features/privacy/guard/inspect.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { formatEval, readCases, scoreCases } from "./privacy-eval-run.ts";

const FIXTURES = path.join(PROJECT_ROOT, "test", "features", "privacy", "fixtures");
const DEFAULT_FILES = ["guard-dev.jsonl", "guard-heldout.jsonl"].map((f) => path.join(FIXTURES, f));

/** 4,000-character messages built to make each rule work hardest (the bot's longest inbound message is about that). */
const WORST_CASES: Record<string, string> = {
  civilities: "M. LE ".repeat(700),
  particles: "Mme Van der de La Le Du ".repeat(200),
  "capitalised words": "Jean Marie Claude Pierre Louis ".repeat(150),
  triggers: "c'est pour Jean il s'agit de Marie concerne ".repeat(100),
  "ages and names": "Jeannine, 87 ans, Marcel (92 ans) ".repeat(130),
  "figures with an age unit": "2A ".repeat(1400),
  "hospital labels": "n° de dossier IPP n° NDA 12 34 ".repeat(140),
  "birth words": "le réseau est né en 1996, née le ".repeat(130),
  digits: "1 2 3 4 5 6 7 8 9 0 ".repeat(200),
};

const { values, positionals } = parseArgs({
  options: { misses: { type: "boolean", default: false } },
  allowPositionals: true,
});
const files = positionals.length ? positionals.map((f) => path.resolve(f)) : DEFAULT_FILES;
const messages: string[] = [];
for (const file of files) {
  const cases = await readCases(file);
  messages.push(...cases.map((c) => c.text));
  process.stdout.write(`${formatEval(path.relative(process.cwd(), file), scoreCases(cases), values.misses)}\n`);
}

/** Mean milliseconds per call of `inspectText` on `texts`, after a warm-up. */
function timePerMessage(texts: string[], rounds: number): number {
  for (const text of texts) inspectText(text);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const text of texts) inspectText(text);
  return (performance.now() - started) / (rounds * texts.length);
}

const lines = [`speed (${process.version}):`];
lines.push(`  these ${messages.length} messages: ${(timePerMessage(messages, 200) * 1000).toFixed(1)} µs per message`);
for (const [name, text] of Object.entries(WORST_CASES)) {
  const long = text.slice(0, 4000);
  lines.push(`  worst case, ${name} (${long.length} chars): ${timePerMessage([long], 20).toFixed(2)} ms`);
}
process.stdout.write(`${lines.join("\n")}\n`);
