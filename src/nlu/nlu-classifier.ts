import { LOCALES, type Locale, type Localized } from "../core/locale.ts";
import { type Classifier, type NluResult, NONE_INTENT } from "../core/nlu-port.ts";
import { loadResourceTypes, type ResourceTypes } from "../core/vocabulary/resource-types.ts";
import type { Territory } from "../core/vocabulary/territory.ts";
import type { Logger } from "../log.ts";
import { type IntentData, intentsToTrain, loadCorpus } from "./corpus.ts";
import { defaultTrainer } from "./default-trainer.ts";
import { EntityExtractor } from "./entities/entity-extractor.ts";
import type { IntentModel, IntentTrainer, TrainingExample } from "./intent-model.ts";
import { LanguageDetector } from "./language.ts";
import { loadOrTrainModel, modelKey } from "./model-cache.ts";
import { guessLanguage } from "./nlp-engine.ts";
import { modelText, PIPELINE_VERSION, prepareExamples } from "./pipeline.ts";

/**
 * The NLU the core uses: detects French or English, extracts communes, resource types, mission
 * numbers and dates, masks them, and asks the trained model for the intent.
 */
export class NluClassifier implements Classifier {
  private readonly byName: ReadonlyMap<string, IntentData>;

  constructor(
    private readonly model: IntentModel,
    private readonly extractor: EntityExtractor,
    private readonly detector: LanguageDetector,
    intents: readonly IntentData[],
  ) {
    this.byName = new Map(intents.map((i) => [i.name, i]));
  }

  /** The trained intents, None included. */
  get intents(): string[] {
    return [...this.byName.keys()];
  }

  async classify(text: string, hint?: Locale): Promise<NluResult> {
    let localeSure = false;
    const { locale, entities } = this.extractor.extract(text, (t) => {
      const reading = this.detector.read(t);
      localeSure = reading.sure;
      return reading.sure || !hint ? reading.locale : hint;
    });
    const masked = modelText(text, entities);
    const ranked = await this.model.classify(locale, masked);
    const best = ranked[0] ?? { intent: NONE_INTENT, score: 1 };
    return {
      locale,
      localeSure,
      intent: best.intent,
      score: best.score,
      alternatives: ranked.filter((c) => c.intent !== best.intent && c.intent !== NONE_INTENT && c.score > 0),
      entities,
    };
  }

  topicOf(intent: string): Localized | undefined {
    return this.byName.get(intent)?.topic;
  }

  templates(intent: string): Localized<string[]> | undefined {
    return this.byName.get(intent)?.answers;
  }
}

export interface LoadClassifierOptions {
  /** The reviewed data folder: intents/*.yaml and intents/entities/. */
  intentsDir: string;
  /** Intents the installed features handle (`FeatureRegistry.handledIntents()`); None is always added. */
  intents: readonly string[];
  /** Where trained models are cached (config.nlu.cacheDir). */
  cacheDir: string;
  territory: Territory;
  /** The resource-type vocabulary, when the caller has loaded it already. */
  resourceTypes?: ResourceTypes;
  log?: Logger;
  /** The clock dates are read against ("demain"). Pass `() => clock.now()`. */
  now?: () => Date;
  /** IANA zone of the network (config.timezone). Default Europe/Paris. */
  timezone?: string;
  /** The model to train; {@link defaultTrainer} (a linear SVM with node-nlp's network) by default. */
  trainer?: IntentTrainer;
}

/**
 * Loads and checks intents/, then loads the cached model for exactly these inputs or trains one
 * (a few seconds) and caches it. `trained` says which happened.
 */
export async function loadClassifier(
  options: LoadClassifierOptions,
): Promise<{ classifier: NluClassifier; trained: boolean }> {
  const { intentsDir, territory, log } = options;
  const trainer = options.trainer ?? defaultTrainer();
  const [corpus, resourceTypes] = await Promise.all([
    loadCorpus(intentsDir),
    options.resourceTypes ?? loadResourceTypes(intentsDir),
  ]);
  const intents = intentsToTrain(corpus, options.intents);
  const extractor = new EntityExtractor({
    territory,
    resourceTypes,
    ...(options.timezone ? { timezone: options.timezone } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const hints = new Map(intents.map((i) => [i.name, i.entities]));
  const utterances = examplesOf(intents);
  const languageSamples = utterances.map((u) => ({ text: extractor.languageText(u.text), locale: u.locale as Locale }));
  const detector = new LanguageDetector({ examples: languageSamples, guess: (text) => guessLanguage(text, LOCALES) });
  const key = await modelKey({
    intentsDir,
    intents: intents.map((i) => i.name),
    engineId: trainer.id,
    pipelineVersion: PIPELINE_VERSION,
    extra: [JSON.stringify(territory.communes)],
  });
  const started = performance.now();
  const { model, trained, file } = await loadOrTrainModel({
    cacheDir: options.cacheDir,
    key,
    trainer,
    // Entity extraction over every utterance takes a second: only when the model must be trained.
    train: () => trainer.train(prepareExamples(utterances, extractor, (intent) => hints.get(intent) ?? [])),
    ...(log ? { log } : {}),
  });
  log?.debug(
    {
      trained,
      file,
      intents: intents.length,
      examples: utterances.length,
      ms: Math.round(performance.now() - started),
    },
    "NLU model ready",
  );
  return { classifier: new NluClassifier(model, extractor, detector, intents), trained };
}

/** The utterances of `intents` as generic training examples. */
function examplesOf(intents: readonly IntentData[]): TrainingExample[] {
  return intents.flatMap((intent) =>
    LOCALES.flatMap((locale) => intent.utterances[locale].map((text) => ({ text, intent: intent.name, locale }))),
  );
}
