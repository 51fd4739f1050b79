import type { HandlerContext, MessageContext, StepHandler } from "../../core/feature.ts";
import { type Block, type Button, divider, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import { chooseCommune, chooseType, morePage, type Page } from "./actions.ts";
import { coversWholeTerritory, searchDirectory, suggestCommunes, typesInCommune } from "./directory/index.ts";
import { resourceBlocks } from "./resource-view.ts";

export const SEARCH_STEP = "orientation.search";
/** Resources shown per answer: a handful, the rest behind "more". */
const PAGE_SIZE = 3;
/** Types offered when the commune is unknown, most asked first. */
const COMMON_TYPES = ["had", "emsp", "ssiad", "saad", "clic", "dac", "assistant_social", "psychologue"];

/** What the member is looking for; a field missing is asked for. */
export interface SearchQuery {
  type?: string;
  communeCode?: string;
  /** The message that started the search, kept (redacted) for a hand-off when nothing is found. */
  text: string;
}

const typeLabel = (ctx: HandlerContext, type: string) => ctx.services.resourceTypes.label(type)?.[ctx.locale] ?? type;

/** Answers the query, or asks for the type, then for the commune when it matters. */
export async function orient(ctx: HandlerContext, query: SearchQuery): Promise<Reply[]> {
  if (!query.type) return [await ask(ctx, query, "type")];
  if (!query.communeCode) {
    if (await communeMatters(ctx, query.type)) return [await ask(ctx, query, "commune")];
    query.communeCode = ctx.member.communes[0] ?? ctx.services.territory.communes[0]!.code;
  }
  await ctx.dialogue.end(SEARCH_STEP);
  return resultsPage(ctx, { type: query.type, communeCode: query.communeCode, offset: 0 }, query.text);
}

/** The commune matters unless every resource of the type covers the whole territory. */
async function communeMatters(ctx: HandlerContext, type: string): Promise<boolean> {
  const { db, territory } = ctx.services;
  const resources = await db.careResource.findMany({
    where: { active: true, type },
    select: { coverage: { select: { communeCode: true } } },
  });
  return (
    resources.length === 0 ||
    resources.some(
      (r) =>
        !coversWholeTerritory(
          r.coverage.map((c) => c.communeCode),
          territory,
        ),
    )
  );
}

async function ask(ctx: HandlerContext, query: SearchQuery, field: "type" | "commune", retry = false): Promise<Reply> {
  await ctx.dialogue.expect(SEARCH_STEP, query);
  const { db, territory, resourceTypes } = ctx.services;
  const lead: Block[] = retry ? [text(ctx.t(`orientation.retry.${field}`))] : [];
  if (field === "type") {
    const available = query.communeCode
      ? (await typesInCommune(db, territory, query.communeCode, resourceTypes.keys)).map((a) => a.type)
      : COMMON_TYPES;
    const buttons: Button[] = available
      .slice(0, 8)
      .map((type) => ({ label: typeLabel(ctx, type), actionId: chooseType.id(type) }));
    return withButtons(reply(...lead, ctx.t("orientation.ask.type"), ctx.t("orientation.ask.type.typeIt")), ...buttons);
  }
  const suggestions = await suggestCommunes(db, territory, {
    ...(query.type ? { type: query.type } : {}),
    preferred: ctx.member.communes,
  });
  const buttons = suggestions.map((s) => ({
    label: territory.nameOf(s.communeCode),
    actionId: chooseCommune.id(s.communeCode),
  }));
  return withButtons(
    reply(...lead, ctx.t("orientation.ask.commune"), ctx.t("orientation.ask.commune.typeIt")),
    ...buttons,
  );
}

/** One page of ranked resources; nothing found offers the coordination team. */
export async function resultsPage(ctx: HandlerContext, page: Page, question: string): Promise<Reply[]> {
  const { db, territory } = ctx.services;
  const found = await searchDirectory(db, territory, {
    type: page.type,
    communeCode: page.communeCode,
    limit: PAGE_SIZE,
    offset: page.offset,
  });
  const labels = { type: typeLabel(ctx, page.type), commune: territory.nameOf(page.communeCode) };
  if (found.total === 0) {
    const known = { communeCode: page.communeCode, resourceType: page.type };
    const handoff = await ctx.handoff({ text: question, reason: "not-found", mode: "offer", known });
    return [reply(ctx.t("orientation.none", labels)), ...handoff];
  }
  const blocks = found.hits.flatMap((hit, i) => [...(i ? [divider()] : []), ...resourceBlocks(ctx, hit)]);
  const shownUpTo = page.offset + found.hits.length;
  const more: Button[] =
    shownUpTo < found.total
      ? [
          {
            label: ctx.t("orientation.more", { count: found.total - shownUpTo }),
            actionId: morePage.id({ ...page, offset: shownUpTo }),
          },
        ]
      : [];
  return [withButtons(reply(...(page.offset === 0 ? [ctx.t("orientation.results", labels)] : []), ...blocks), ...more)];
}

/**
 * "Which type?" / "which commune?": the router gives the step messages naming a type or a commune, and
 * new orientation questions; what the message names wins over what the search kept, so a complete new
 * question is answered for its own commune.
 */
export const searchStep: StepHandler<SearchQuery> = {
  accepts: { entities: ["resourceType", "commune"], intents: ["orientation.resource"] },
  async run(ctx: MessageContext, query) {
    const type = ctx.nlu.entities.resourceType?.[0]?.value;
    const communeCode = ctx.nlu.entities.commune?.[0]?.value;
    if (!type && !communeCode) return [await ask(ctx, query, query.type ? "commune" : "type", true)];
    // A message naming the need is the question now (kept for a hand-off if nothing is found).
    const text = type ? ctx.text : query.text;
    return orient(ctx, { ...query, text, ...(type ? { type } : {}), ...(communeCode ? { communeCode } : {}) });
  },
};
