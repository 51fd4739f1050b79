import type { MessageContext } from "../../core/feature.ts";
import { divider, type Reply, reply } from "../../core/reply.ts";
import { fold } from "../../util/fold.ts";
import { searchDirectory } from "./directory/index.ts";
import { resourceBlocks } from "./resource-view.ts";
import { orient } from "./search.ts";

/**
 * Which expert answers a clinical question, by what it is about. Symptom control, pain and end of
 * life go to the palliative care team first; distress also to a psychologist.
 */
function expertTypes(text: string): string[] {
  const folded = fold(text);
  if (/douleur|antalg|morphin|opio|oxycod|fentanyl|tramadol|codein|pain/.test(folded)) return ["emsp", "douleur"];
  if (/angoiss|anxi|depress|deuil|psy|grief/.test(folded)) return ["emsp", "psychologue"];
  return ["emsp"];
}

/**
 * Clinical safety: a clinical question (dose, prescription, interaction, symptom management) gets no
 * clinical content. A short statement that the bot gives no medical advice, the expert resources of
 * the patient's commune from the directory, and the offer to hand the question to the coordination team.
 */
export async function refuseAndOrient(ctx: MessageContext): Promise<Reply[]> {
  const [firstExpert = "emsp", ...otherExperts] = expertTypes(ctx.text);
  const communeCode = ctx.nlu.entities.commune?.[0]?.value ?? ctx.member.communes[0];
  if (!communeCode) {
    // Ask for the commune first; the answer lists the expert team of that commune.
    return [
      reply(ctx.t("clinical.refusal.noCommune"), ctx.t("clinical.emergency")),
      ...(await orient(ctx, { type: firstExpert, text: ctx.text })),
    ];
  }
  const { db, territory } = ctx.services;
  const experts = [];
  for (const type of [firstExpert, ...otherExperts]) {
    experts.push(...(await searchDirectory(db, territory, { type, communeCode, limit: 1 })).hits);
  }
  const blocks = experts.flatMap((hit, i) => [...(i ? [divider()] : []), ...resourceBlocks(ctx, hit)]);
  const handoff = await ctx.handoff({
    text: ctx.text,
    reason: "clinical",
    mode: "offer",
    known: { communeCode, resourceType: firstExpert },
  });
  return [reply(ctx.t("clinical.refusal"), ...blocks, ctx.t("clinical.emergency")), ...handoff];
}
