// The only file of the project that imports node-nlp.
import { createRequire } from "node:module";
import type { Language, NlpManager, NlpManagerSettings } from "node-nlp";
import type { Classification, IntentModel, IntentTrainer, TrainingExample } from "./intent-model.ts";
import type { Stemmer } from "./svm-features.ts";

export interface NlpEngineOptions {
  /** node-nlp's feature for words never seen in training (pushes unknown sentences towards None). */
  useNoneFeature?: boolean;
  /** node-nlp's correction of unknown words to a known word one edit away. */
  spellCheck?: boolean;
  /**
   * "full" builds node-nlp's own NlpManager (all its languages and recognisers, ~0.4 s and ~80 MiB more
   * to load) instead of the lean one: only to check that both learn and answer alike.
   */
  manager?: "lean" | "full";
}

const require = createRequire(import.meta.url);
const nodeNlpRequire = createRequire(require.resolve("node-nlp"));

/** node-nlp's version and those of the packages that learn and score (its dependencies float). */
const NODE_NLP_VERSION = [
  `node-nlp@${(require("node-nlp/package.json") as { version: string }).version}`,
  ...["@nlpjs/nlu", "@nlpjs/neural", "@nlpjs/lang-fr", "@nlpjs/lang-en-min"].map(
    (name) => `${name}@${(nodeNlpRequire(`${name}/package.json`) as { version: string }).version}`,
  ),
].join(" ");

/**
 * The @nlpjs packages behind NlpManager, loaded one by one from node-nlp's own dependencies (the same
 * copies). `require("node-nlp")` loads all of node-nlp: 40 languages (≈230 ms, 75 MiB), the
 * Microsoft recognisers, xlsx… (≈360 ms and 115 MiB at every start); these need ≈45 ms.
 */
interface NlpjsParts {
  containerBootstrap: () => {
    registerConfiguration(n: string, c: object): void;
    register(n: string, v: unknown, s?: boolean): void;
    use(p: unknown): void;
  };
  Nlp: new (
    settings: object,
  ) => {
    classify(locale: string, utterance: string): Promise<{ classifications: { intent: string; score: number }[] }>;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    toJSON(): unknown;
    fromJSON(data: unknown): void;
  };
  LanguageClass: new () => Language;
  requestfs: unknown;
  langs: unknown[];
}
let parts: NlpjsParts | undefined;
function nlpjs(): NlpjsParts {
  parts ??= {
    containerBootstrap: nodeNlpRequire("@nlpjs/core-loader").containerBootstrap,
    Nlp: nodeNlpRequire("@nlpjs/nlp").Nlp,
    LanguageClass: nodeNlpRequire("@nlpjs/language").Language,
    requestfs: nodeNlpRequire("@nlpjs/request").fs,
    langs: [nodeNlpRequire("@nlpjs/lang-fr").LangFr, nodeNlpRequire("@nlpjs/lang-en").LangEn],
  };
  return parts;
}

/**
 * NlpManager's constructor (node-nlp/src/nlp/nlp-manager.js) for French and English only, without
 * the builtin entity recognisers, sentiment and answer evaluator that `classify()` never calls.
 */
class LeanNlpManager {
  private readonly nlp: InstanceType<NlpjsParts["Nlp"]>;
  constructor(settings: NlpManagerSettings) {
    const p = nlpjs();
    const container = p.containerBootstrap();
    container.registerConfiguration("ner", { entityPreffix: "%", entitySuffix: "%" });
    container.register("fs", p.requestfs);
    container.register("Language", p.LanguageClass, false);
    for (const lang of p.langs) container.use(lang);
    this.nlp = new p.Nlp({ ...settings, container });
  }
  addDocument(locale: string, utterance: string, intent: string): void {
    this.nlp.addDocument(locale, utterance, intent);
  }
  train(): Promise<unknown> {
    return this.nlp.train();
  }
  classify(locale: string, utterance: string) {
    return this.nlp.classify(locale, utterance);
  }
  process(): never {
    throw new Error("LeanNlpManager has no process(): use node-nlp's NlpManager");
  }
  export(minified = false): string {
    return minified ? JSON.stringify(this.nlp.toJSON()) : JSON.stringify(this.nlp.toJSON(), null, 2);
  }
  import(data: string): void {
    this.nlp.fromJSON(JSON.parse(data));
  }
}

const fullNlpManager = (settings: NlpManagerSettings): NlpManager =>
  new (require("node-nlp") as typeof import("node-nlp")).NlpManager(settings);
const leanNlpManager = (settings: NlpManagerSettings): NlpManager =>
  new LeanNlpManager(settings) as unknown as NlpManager;

/**
 * node-nlp's neural classifier, one network per language, with everything slow or noisy switched off:
 * no builtin entity recognisers (seconds per message), no sentiment, no logs, no files.
 */
export function nodeNlpTrainer(options: NlpEngineOptions = {}): IntentTrainer {
  const { manager = "lean", ...learning } = options;
  const nlu = {
    log: false,
    useNoneFeature: learning.useNoneFeature ?? false,
    spellCheck: learning.spellCheck ?? false,
  };
  return managerTrainer(
    `${NODE_NLP_VERSION} ${JSON.stringify(learning)}`,
    { threshold: 0, nlu },
    (m, l) => new NodeNlpModel(m, l),
    manager === "full" ? fullNlpManager : leanNlpManager,
  );
}

/**
 * node-nlp as its documentation sets it up, for comparison in benchmarks: default settings (builtin
 * entity recognisers aside: seconds per message) and node-nlp's own answer, `process()`, which says
 * None below its 0.5 threshold or when the two best intents tie. Not for the bot.
 */
export function nodeNlpDefaultsTrainer(): IntentTrainer {
  return managerTrainer(
    `${NODE_NLP_VERSION} defaults, process()`,
    { nlu: { log: false } },
    (m, l) => new NodeNlpAnswer(m, l),
    fullNlpManager,
  );
}

function managerTrainer(
  id: string,
  extra: NlpManagerSettings,
  wrap: (manager: NlpManager, languages: string[]) => NodeNlpModel,
  create: (settings: NlpManagerSettings) => NlpManager,
): IntentTrainer {
  const manager = (languages: string[]) =>
    create({
      languages,
      forceNER: false,
      autoSave: false,
      autoLoad: false,
      calculateSentiment: false,
      ...extra,
    });
  return {
    id,
    async train(examples: readonly TrainingExample[]) {
      const languages = [...new Set(examples.map((e) => e.locale))];
      const nlp = manager(languages);
      for (const e of examples) nlp.addDocument(e.locale, e.text, e.intent);
      await nlp.train();
      return wrap(nlp, languages);
    },
    load(serialized: string) {
      const { languages, model } = JSON.parse(serialized) as { languages?: unknown; model?: unknown };
      if (!Array.isArray(languages) || typeof model !== "string") throw new Error("not a node-nlp model export");
      const nlp = manager(languages as string[]);
      nlp.import(model);
      return wrap(nlp, languages as string[]);
    },
  };
}

class NodeNlpModel implements IntentModel {
  constructor(
    protected readonly nlp: NlpManager,
    private readonly languages: string[],
  ) {}

  async classify(locale: string, text: string): Promise<Classification[]> {
    const { classifications } = await this.nlp.classify(locale, text);
    return classifications
      .filter((c) => c.score > 0)
      .map(({ intent, score }) => ({ intent, score }))
      .sort((a, b) => b.score - a.score);
  }

  export(): string {
    return JSON.stringify({ languages: this.languages, model: this.nlp.export(true) });
  }
}

/** node-nlp's decided answer first (possibly None), then the other intents it scored. */
class NodeNlpAnswer extends NodeNlpModel {
  override async classify(locale: string, text: string): Promise<Classification[]> {
    const { intent, score, classifications } = await this.nlp.process(locale, text);
    const others = classifications
      .filter((c) => c.intent !== intent && c.score > 0)
      .map((c) => ({ intent: c.intent, score: c.score }));
    return [{ intent, score }, ...others];
  }
}

let guesser: Language | undefined;

/** node-nlp's trigram guess of the language of `text` among `locales`: a score from 0 to 1 for each. */
export function guessLanguage(text: string, locales: readonly string[]): Record<string, number> {
  guesser ??= new (nlpjs().LanguageClass)();
  const scores: Record<string, number> = {};
  for (const g of guesser.guess(text, [...locales], locales.length)) scores[g.alpha2] = g.score;
  return scores;
}

/** The Snowball stemmers node-nlp uses for French and English; words of other languages are left whole. */
export function nlpjsStemmer(): Stemmer {
  const stemmers = new Map<string, { stemWord(word: string): string }>([
    ["fr", new (nodeNlpRequire("@nlpjs/lang-fr").StemmerFr)()],
    ["en", new (nodeNlpRequire("@nlpjs/lang-en-min").StemmerEn)()],
  ]);
  const versions = ["@nlpjs/lang-fr", "@nlpjs/lang-en-min"].map(
    (name) => `${name}@${(nodeNlpRequire(`${name}/package.json`) as { version: string }).version}`,
  );
  return {
    id: `snowball ${versions.join(" ")}`,
    stem: (locale, word) => stemmers.get(locale)?.stemWord(word) ?? word,
  };
}
