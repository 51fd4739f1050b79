import { defineAction, noArgs, tokenArg } from "./action-id.ts";
import type { EntityMatch, NluResult } from "./nlu-port.ts";

/** "Did you mean…" button: run the chosen intent on the message kept in the clarification step. */
export const chooseIntent = defineAction("core:choose", tokenArg);
/** "Something else" button: hand the kept message to humans. */
export const askHumans = defineAction("core:handoff", noArgs);

/** The dialogue step waiting for the member's choice after a low-confidence message. */
export const CLARIFY_STEP = "core.clarify";

/** What the clarification step keeps: the redacted message and its entities, never more. */
export interface ClarifyData {
  text: string;
  entities: Record<string, EntityMatch[]>;
}

/** How many "did you mean" choices to offer, and the least score worth offering. */
export const MAX_SUGGESTIONS = 3;
export const MIN_SUGGESTION_SCORE = 0.1;

/** The likeliest handled intents of a message, best first. */
export function suggestions(nlu: NluResult, handled: (intent: string) => boolean): string[] {
  const candidates = [{ intent: nlu.intent, score: nlu.score }, ...nlu.alternatives];
  return candidates
    .filter((c) => c.score >= MIN_SUGGESTION_SCORE && handled(c.intent))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.intent);
}
