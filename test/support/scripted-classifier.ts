import type { Localized } from "../../src/core/locale.ts";
import type { Classifier, NluResult } from "../../src/core/nlu-port.ts";

/**
 * A classifier that answers what the test scripted for each exact text (None, 0 otherwise), so
 * core routing is tested without depending on the trained model.
 */
export class ScriptedClassifier implements Classifier {
  readonly seen: string[] = [];

  constructor(
    private readonly script: Record<string, Partial<NluResult>> = {},
    private readonly topics: Record<string, Localized> = {},
  ) {}

  async classify(text: string): Promise<NluResult> {
    this.seen.push(text);
    return {
      locale: "fr",
      localeSure: true,
      intent: "None",
      score: 0,
      alternatives: [],
      entities: {},
      ...this.script[text],
    } as NluResult;
  }

  topicOf(intent: string) {
    return this.topics[intent];
  }

  templates() {
    return undefined;
  }
}
