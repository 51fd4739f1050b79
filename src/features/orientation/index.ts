import { type Feature, type HandlerContext, onAction } from "../../core/feature.ts";
import { ephemeral, reply } from "../../core/reply.ts";
import { chooseCommune, chooseType, morePage, otherNeed } from "./actions.ts";
import { clinicalMessages } from "./clinical-messages.ts";
import { refuseAndOrient } from "./clinical-refusal.ts";
import { orientationMessages } from "./messages.ts";
import { orient, resultsPage, SEARCH_STEP, type SearchQuery, searchStep } from "./search.ts";

/** The search in progress (kept by the "which type / which commune" question), if any. */
async function pendingQuery(ctx: HandlerContext): Promise<SearchQuery | undefined> {
  return (await ctx.dialogue.pending(SEARCH_STEP)) as SearchQuery | undefined;
}

const expired = (ctx: HandlerContext) => ephemeral(reply(ctx.t("orientation.expired")));

/**
 * Information and orientation: whom to call for a patient, by need and commune, from the network's
 * directory — ranked (the commune's own resources, then the whole territory's, then neighbours'),
 * with the reason and the date each entry was checked. A clinical question gets no clinical answer:
 * the expert team of the commune instead.
 */
export const orientationFeature: Feature = {
  name: "orientation",
  messages: {
    fr: { ...orientationMessages.fr, ...clinicalMessages.fr },
    en: { ...orientationMessages.en, ...clinicalMessages.en },
  },
  intents: {
    "orientation.resource": {
      run: (ctx) => {
        const type = ctx.nlu.entities.resourceType?.[0]?.value;
        const communeCode = ctx.nlu.entities.commune?.[0]?.value;
        return orient(ctx, { text: ctx.text, ...(type ? { type } : {}), ...(communeCode ? { communeCode } : {}) });
      },
    },
    "clinical.question": { run: refuseAndOrient },
  },
  steps: { [SEARCH_STEP]: searchStep },
  actions: [
    onAction(chooseType, async (ctx, type) => {
      const query = await pendingQuery(ctx);
      if (!query || !ctx.services.resourceTypes.label(type)) return expired(ctx);
      return orient(ctx, { ...query, type });
    }),
    onAction(chooseCommune, async (ctx, communeCode) => {
      const query = await pendingQuery(ctx);
      if (!query || !ctx.services.territory.commune(communeCode)) return expired(ctx);
      return orient(ctx, { ...query, communeCode });
    }),
    onAction(morePage, (ctx, page) => resultsPage(ctx, page, "")),
    onAction(otherNeed, async (ctx) => {
      const query = await pendingQuery(ctx);
      await ctx.dialogue.end(SEARCH_STEP);
      const known = query?.communeCode ? { communeCode: query.communeCode } : {};
      return ctx.handoff({ text: query?.text ?? "", reason: "not-found", mode: "start", known });
    }),
  ],
  help: [{ key: "orientation.help" }],
};
