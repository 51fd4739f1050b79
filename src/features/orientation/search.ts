import type { HandlerContext, MessageContext, StepOutcome } from "../../core/feature.ts";
import { type Block, type Button, divider, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import { draftFrom, offerHandoff } from "../coordination/request-form.ts";
import { chooseCommune, chooseType, morePage } from "./actions.ts";
import { searchDirectory, suggestCommunes, typesInCommune } from "./directory/index.ts";
import { coversWholeTerritory } from "./directory/search-directory.ts";
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
  await ctx.dialogue.end();
  return answer(ctx, { type: query.type, communeCode: query.communeCode, offset: 0 }, query.text);
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
export async function answer(
  ctx: HandlerContext,
  page: { type: string; communeCode: string; offset: number },
  question: string,
): Promise<Reply[]> {
  const { db, territory } = ctx.services;
  const found = await searchDirectory(db, territory, {
    type: page.type,
    communeCode: page.communeCode,
    limit: PAGE_SIZE,
    offset: page.offset,
  });
  const labels = { type: typeLabel(ctx, page.type), commune: territory.nameOf(page.communeCode) };
  if (found.total === 0) {
    const draft = draftFrom("question", question, {
      commune: [{ value: page.communeCode, text: "", start: 0, end: 0 }],
    });
    return [reply(ctx.t("orientation.none", labels)), await offerHandoff(ctx, draft)];
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

/** A typed answer to "which type?" or "which commune?"; another question goes its own way. */
export async function searchStep(ctx: MessageContext, query: SearchQuery, threshold: number): Promise<StepOutcome> {
  const asked = query.type ? "commune" : "type";
  const type = ctx.nlu.entities.resourceType?.[0]?.value;
  const commune = ctx.nlu.entities.commune?.[0]?.value;
  const next = {
    ...query,
    ...(type && !query.type ? { type } : {}),
    ...(commune && !query.communeCode ? { communeCode: commune } : {}),
  };
  const progressed = next.type !== query.type || next.communeCode !== query.communeCode;
  if (progressed) return orient(ctx, next);
  const movedOn = ctx.nlu.score >= threshold && !["None", "orientation.resource"].includes(ctx.nlu.intent);
  if (movedOn) {
    await ctx.dialogue.end();
    return "pass";
  }
  return [await ask(ctx, query, asked, true)];
}
