import type { HandlerContext, MessageContext, StepHandler } from "../../core/feature.ts";
import { type Block, type Button, divider, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import { chooseCommune, chooseType, morePage, otherNeed, type Page } from "./actions.ts";
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

/**
 * Answers the query, or asks for the type, then for the commune when it matters. A need the directory
 * does not list at all is said so plainly, with who can help instead.
 */
export async function orient(ctx: HandlerContext, query: SearchQuery): Promise<Reply[]> {
  if (!query.type) return [await ask(ctx, query, "type")];
  const coverages = await coveragesOf(ctx, query.type);
  if (coverages.length === 0) {
    await ctx.dialogue.end(SEARCH_STEP);
    return notInDirectory(ctx, query.type, query.communeCode, query.text, "orientation.notListed");
  }
  if (!query.communeCode) {
    const { territory } = ctx.services;
    const everywhere = coverages.every((communes) => coversWholeTerritory(communes, territory));
    if (!everywhere) return [await ask(ctx, query, "commune")];
    query.communeCode = ctx.member.communes[0] ?? territory.communes[0]!.code;
  }
  await ctx.dialogue.end(SEARCH_STEP);
  return resultsPage(ctx, { type: query.type, communeCode: query.communeCode, offset: 0 }, query.text);
}

/** The communes each active resource of the type covers (none: the directory does not list the type). */
async function coveragesOf(ctx: HandlerContext, type: string): Promise<string[][]> {
  const resources = await ctx.services.db.careResource.findMany({
    where: { active: true, type },
    select: { coverage: { select: { communeCode: true } } },
  });
  return resources.map((r) => r.coverage.map((c) => c.communeCode));
}

/**
 * Nothing in the directory for this need (at all, or around the commune): said plainly, then who can
 * help find someone (the coordination support service of the commune) and the offer to ask the team.
 */
async function notInDirectory(
  ctx: HandlerContext,
  type: string,
  communeCode: string | undefined,
  question: string,
  why: "orientation.notListed" | "orientation.none",
): Promise<Reply[]> {
  const { db, territory } = ctx.services;
  const where = communeCode ?? ctx.member.communes[0] ?? territory.communes[0]!.code;
  const labels = { type: typeLabel(ctx, type), commune: territory.nameOf(where) };
  const support =
    type === "dac"
      ? undefined
      : (await searchDirectory(db, territory, { type: "dac", communeCode: where, limit: 1 })).hits[0];
  const helper = support ? [text(ctx.t("orientation.whoCanHelp")), ...resourceBlocks(ctx, support)] : [];
  const known = { resourceType: type, ...(communeCode ? { communeCode } : {}) };
  const handoff = await ctx.handoff({ text: question, reason: "not-found", mode: "offer", known });
  return [reply(ctx.t(why, labels), ...helper), ...handoff];
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
    const other: Button = { label: ctx.t("orientation.otherNeed"), actionId: otherNeed.id() };
    return withButtons(
      reply(...lead, ctx.t("orientation.ask.type"), ctx.t("orientation.ask.type.typeIt")),
      ...buttons,
      other,
    );
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
  if (found.total === 0) return notInDirectory(ctx, page.type, page.communeCode, question, "orientation.none");
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
