import { defineAction, noArgs, tokenArg } from "./action-id.ts";
import type { HandlerContext } from "./context.ts";
import type { StepHandler } from "./feature.ts";
import { knownFrom } from "./handoff.ts";
import type { EntityMatch, NluResult } from "./nlu-port.ts";
import type { Reply } from "./reply.ts";

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
const MAX_SUGGESTIONS = 3;
const MIN_SUGGESTION_SCORE = 0.1;

/** The likeliest handled intents of a message, best first. */
export function suggestions(nlu: NluResult, handled: (intent: string) => boolean): string[] {
  const candidates = [{ intent: nlu.intent, score: nlu.score }, ...nlu.alternatives];
  return candidates
    .filter((c) => c.score >= MIN_SUGGESTION_SCORE && handled(c.intent))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map((c) => c.intent);
}

/**
 * After "did you mean…", a message that still cannot be placed is offered to humans; a confident new
 * question leaves the step (the router's rule) and is answered.
 */
export const clarifyStep: StepHandler<ClarifyData> = {
  accepts: {},
  async run(ctx) {
    await ctx.dialogue.end(CLARIFY_STEP);
    return ctx.handoff({ text: ctx.text, reason: "unclear", mode: "offer", known: knownFrom(ctx.nlu.entities) });
  },
};

/** The "something else" button: the kept message goes to the team, whose form starts at once. */
export async function handOffKept(ctx: HandlerContext): Promise<Reply[]> {
  const kept = (await ctx.dialogue.pending(CLARIFY_STEP)) as ClarifyData | undefined;
  await ctx.dialogue.end(CLARIFY_STEP);
  return ctx.handoff({
    text: kept?.text ?? "",
    reason: "asked",
    mode: "start",
    known: knownFrom(kept?.entities ?? {}),
  });
}
