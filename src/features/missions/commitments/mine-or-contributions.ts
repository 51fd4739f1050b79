// « mes missions » lists what a volunteer holds; « mes contributions cette année », « what have I done
// since January » sums up what they gave: the same intent, told apart by what the message asks for.
import type { MessageContext } from "../../../core/feature.ts";
import type { Reply } from "../../../core/reply.ts";
import { fold } from "../../../util/fold.ts";
import { contributionsFor } from "../recognition/contributions.ts";
import { namesAPeriod } from "../recognition/period.ts";
import { mineReply } from "./mine.ts";

/** Words that ask for a summary of what was given rather than the list of what is held. */
const SUMMARY_WORDS =
  /\b(contributions?|bilan|recap\w*|attestation|combien d'?heures|heures? (de benevolat|donnees?)|dpc|cv|resume|summary|what (have|did) i (do|done)|hours? (have i|did i)|qu'?est[- ]ce que j'?ai fait)\b/;

export function mineOrContributions(ctx: MessageContext): Promise<Reply> {
  const { clock, config } = ctx.services;
  const asksSummary = SUMMARY_WORDS.test(fold(ctx.text)) || namesAPeriod(ctx.text, clock.now(), config.timezone);
  return asksSummary ? contributionsFor(ctx, ctx.text) : mineReply(ctx);
}
