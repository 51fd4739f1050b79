import { type Feature, type HandlerContext, onAction } from "../../core/feature.ts";
import { ephemeral, reply } from "../../core/reply.ts";
import { chooseCommune, chooseType, morePage } from "./actions.ts";
import { orientationMessages } from "./messages.ts";
import { answer, orient, SEARCH_STEP, type SearchQuery, searchStep } from "./search.ts";

/** The search in progress (kept by the "which type / which commune" question), if any. */
async function pendingQuery(ctx: HandlerContext): Promise<SearchQuery | undefined> {
  return (await ctx.dialogue.pending(SEARCH_STEP)) as SearchQuery | undefined;
}

const expired = (ctx: HandlerContext) => ephemeral(reply(ctx.t("orientation.expired")));

/**
 * Information and orientation: whom to call for a patient, by need and commune, from the network's
 * directory — ranked (the commune's own resources, then the whole territory's, then neighbours'),
 * with the reason and the date each entry was checked.
 */
export const orientationFeature: Feature = {
  name: "orientation",
  messages: orientationMessages,
  intents: {
    "orientation.resource": {
      run: (ctx) => {
        const type = ctx.nlu.entities.resourceType?.[0]?.value;
        const communeCode = ctx.nlu.entities.commune?.[0]?.value;
        return orient(ctx, { text: ctx.text, ...(type ? { type } : {}), ...(communeCode ? { communeCode } : {}) });
      },
    },
  },
  steps: {
    [SEARCH_STEP]: {
      run: (ctx, data) => searchStep(ctx, data as SearchQuery, ctx.services.config.nlu.confidenceThreshold),
    },
  },
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
    onAction(morePage, (ctx, page) => answer(ctx, page, "")),
  ],
  help: [
    { text: { fr: orientationMessages.fr["orientation.help"]!, en: orientationMessages.en["orientation.help"]! } },
  ],
};
