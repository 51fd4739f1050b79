import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/paths.ts";

/** The three corpora of Braun et al. (SIGdial 2017), copied with their licence (see its README). */
export const NLU_CORPORA_DIR = path.join(PROJECT_ROOT, "bench", "data", "nlu-evaluation-corpora");
export const NLU_CORPUS_NAMES = ["Chatbot", "AskUbuntu", "WebApplications"] as const;
export type NluCorpusName = (typeof NLU_CORPUS_NAMES)[number];

/** One labelled sentence; each has exactly one gold intent ("None" is an intent of two corpora). */
export interface LabelledSentence {
  text: string;
  intent: string;
}

export interface NluCorpus {
  name: NluCorpusName;
  /** Language code of every sentence ("en"). */
  locale: string;
  train: LabelledSentence[];
  test: LabelledSentence[];
}

const fileSchema = z.object({
  lang: z.string().min(2),
  sentences: z.array(z.object({ text: z.string().min(1), intent: z.string().min(1), training: z.boolean() })).min(1),
});

/** Reads `<name>Corpus.json`: sentences marked `training: true` to learn from, the others to score. */
export async function loadNluCorpus(name: NluCorpusName, dir = NLU_CORPORA_DIR): Promise<NluCorpus> {
  const file = path.join(dir, `${name}Corpus.json`);
  const parsed = fileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const { lang, sentences } = parsed.data;
  const pick = (training: boolean) =>
    sentences.filter((s) => s.training === training).map(({ text, intent }) => ({ text, intent }));
  return { name, locale: lang, train: pick(true), test: pick(false) };
}

/** A smaller corpus for quick runs: the first `perIntent` training sentences of each intent, the first `test` test sentences. */
export function shrinkCorpus(corpus: NluCorpus, limits: { trainPerIntent?: number; test?: number }): NluCorpus {
  const seen = new Map<string, number>();
  const train = corpus.train.filter((s) => {
    const n = (seen.get(s.intent) ?? 0) + 1;
    seen.set(s.intent, n);
    return n <= (limits.trainPerIntent ?? Infinity);
  });
  return { ...corpus, train, test: corpus.test.slice(0, limits.test ?? corpus.test.length) };
}
