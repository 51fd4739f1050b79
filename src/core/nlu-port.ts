import type { Locale, Localized } from "./locale.ts";

/** An entity found in a message: its canonical value (e.g. commune code "94081") and the words that matched. */
export interface EntityMatch {
  value: string;
  text: string;
  start: number;
  end: number;
}

/** What the NLU understood of one message. */
export interface NluResult {
  /** Language the message was read in: its own when it says so clearly, else the hint given. */
  locale: Locale;
  /** Whether the message clearly is in `locale` (a real sentence), so the member's language may follow it. */
  localeSure: boolean;
  /** Best intent, or "None". */
  intent: string;
  /** Confidence of `intent`, from 0 to 1. */
  score: number;
  /** Other candidate intents, best first, excluding `intent` and "None". */
  alternatives: { intent: string; score: number }[];
  /** Entities by kind: "commune", "resourceType", "missionNumber", "date", "duration" (minutes). */
  entities: Record<string, EntityMatch[]>;
}

/** The NLU as the core sees it; implemented in src/nlu on node-nlp. */
export interface Classifier {
  /** `hint`: the language to read the message in when it does not say (the member's current one). */
  classify(text: string, hint?: Locale): Promise<NluResult>;
  /** Short human label of an intent, used on "did you mean" buttons; undefined for unknown intents. */
  topicOf(intent: string): Localized | undefined;
  /** Answer templates of an intent from its intents/ file (ICU MessageFormat), if it has any. */
  templates(intent: string): Localized<string[]> | undefined;
}

export const NONE_INTENT = "None";
