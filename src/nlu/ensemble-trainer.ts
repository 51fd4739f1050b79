import type { Classification, IntentModel, IntentTrainer, TrainingExample } from "./intent-model.ts";

/** A model of the ensemble and the share of the final confidence it holds. */
export interface EnsembleMember {
  trainer: IntentTrainer;
  weight: number;
}

/**
 * Trains every member on the same examples and averages their confidences, weighted: classifiers
 * that err differently (a network on whole words, a linear model on character n-grams) correct each
 * other. An intent a member leaves out of its answer counts as 0 for it; a member with no answer at
 * all (node-nlp when it knows none of the words) leaves the decision to the others, as the averaged
 * confidences are scaled to add up to 1.
 */
export function ensembleTrainer(members: readonly EnsembleMember[]): IntentTrainer {
  if (members.length === 0 || members.some((m) => !(m.weight > 0)))
    throw new Error("an ensemble needs members with positive weights");
  return {
    id: `ensemble(${members.map((m) => `${m.weight}×[${m.trainer.id}]`).join(", ")})`,
    async train(examples: readonly TrainingExample[]) {
      return new EnsembleModel(members, await Promise.all(members.map((m) => m.trainer.train(examples))));
    },
    load(serialized: string) {
      const { ensemble } = JSON.parse(serialized) as { ensemble?: unknown };
      if (
        !Array.isArray(ensemble) ||
        ensemble.length !== members.length ||
        ensemble.some((m) => typeof m !== "string")
      ) {
        throw new Error("not an export of this ensemble");
      }
      return new EnsembleModel(
        members,
        members.map((m, i) => m.trainer.load(ensemble[i] as string)),
      );
    },
  };
}

class EnsembleModel implements IntentModel {
  private readonly total: number;

  constructor(
    private readonly members: readonly EnsembleMember[],
    private readonly models: readonly IntentModel[],
  ) {
    this.total = members.reduce((sum, m) => sum + m.weight, 0);
  }

  async classify(locale: string, text: string): Promise<Classification[]> {
    const answers = await Promise.all(this.models.map((m) => m.classify(locale, text)));
    const scores = new Map<string, number>();
    answers.forEach((answer, i) => {
      const weight = this.members[i]!.weight / this.total;
      for (const { intent, score } of answer) scores.set(intent, (scores.get(intent) ?? 0) + weight * score);
    });
    const sum = [...scores.values()].reduce((a, b) => a + b, 0);
    return [...scores]
      .map(([intent, score]) => ({ intent, score: score / sum }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
  }

  export(): string {
    return JSON.stringify({ ensemble: this.models.map((m) => m.export()) });
  }
}
