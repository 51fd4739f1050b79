// `/membres [search]`: the coordination team finds members in a few words, a page at a time, each with
// a button to their card.
import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { type MemberQuery, parseMemberQuery, queryToken, tokenText } from "../../core/members/member-query.ts";
import type { Role } from "../../core/persistence.ts";
import { type Button, context, ephemeral, list, type Reply, reply, withButtons } from "../../core/reply.ts";
import { CommuneVocabulary } from "../../core/vocabulary/commune-vocabulary.ts";
import { MAX_QUERY_TOKEN, morePage, showMember } from "./actions.ts";
import { type MemberSummary, searchMembers } from "./search-members.ts";

/** Members shown at once: a chat message stays readable, and each gets a button. */
const PAGE_SIZE = 5;

/** Names of a member's roles in the reader's language, in the vocabulary's order (member first), or "no role". */
export function roleNames(ctx: HandlerContext, roles: readonly Role[]): string {
  const { roles: section } = ctx.services.memberVocabulary;
  const ordered = section.keys.filter((role) => roles.includes(role));
  return ordered.length ? ordered.map((r) => section.label(r, ctx.locale)).join(", ") : ctx.t("members.noRole");
}

export function professionName(ctx: HandlerContext, profession: string | null): string {
  return profession
    ? ctx.services.memberVocabulary.professions.label(profession, ctx.locale)
    : ctx.t("members.noProfession");
}

function memberLine(ctx: HandlerContext, member: MemberSummary): string {
  const communes = member.communes.map((c) => ctx.services.territory.nameOf(c)).join(", ");
  const params = {
    name: escapeMarkdown(member.displayName),
    profession: professionName(ctx, member.profession),
    roles: roleNames(ctx, member.roles),
    communes,
  };
  return ctx.t(communes ? "members.line.communes" : "members.line", params);
}

/** How the search was read ("profession infirmier·e · commune Vitry-sur-Seine"), so a surprise shows why. */
function understood(ctx: HandlerContext, query: MemberQuery): string | undefined {
  const { memberVocabulary: vocabulary, territory } = ctx.services;
  const label = (kind: string, value: string) => ctx.t(`members.criterion.${kind}`, { value });
  const parts = [
    ...query.roles.map((r) => label("role", vocabulary.roles.label(r, ctx.locale))),
    ...query.professions.map((p) => label("profession", vocabulary.professions.label(p, ctx.locale))),
    ...query.communes.map((c) => label("commune", territory.nameOf(c))),
    ...query.skills.map((s) => label("skill", vocabulary.skills.label(s, ctx.locale))),
    ...query.motivations.map((m) => label("motivation", vocabulary.motivations.label(m, ctx.locale))),
    ...(query.status ? [label("status", ctx.t(`members.status.${query.status}`))] : []),
    ...query.words.map((w) => label("name", w)),
  ];
  return parts.length ? ctx.t("members.understood", { criteria: parts.join(" · ") }) : undefined;
}

/** What the privacy guard put in place of an identifier ("[nom masqué]"): nothing a member is called. */
const REDACTED = /\[[^\]]*\]/g;

/** One page of the members matching `text`: the first one with a count and how the search was read. */
export async function searchReply(ctx: HandlerContext, written: string, offset = 0): Promise<Reply> {
  const { services } = ctx;
  const text = written.replace(REDACTED, " ").replace(/\s+/g, " ").trim();
  const redacted = text !== written.replace(/\s+/g, " ").trim() ? [context(ctx.t("members.redacted"))] : [];
  const query = parseMemberQuery(text, services.memberVocabulary, new CommuneVocabulary(services.territory));
  const found = await searchMembers(services.db, query, { offset, limit: PAGE_SIZE });
  const shownText = escapeMarkdown(text);
  const how = understood(ctx, query);
  if (found.total === 0) {
    return ephemeral(reply(ctx.t("members.none", { query: shownText }), ...(how ? [context(how)] : []), ...redacted));
  }
  const header =
    offset > 0
      ? []
      : [
          ctx.t(shownText ? "members.results.for" : "members.results", { count: found.total, query: shownText }),
          ...(how ? [context(how)] : []),
          ...redacted,
        ];
  const buttons: Button[] = found.members.map((m) => ({ label: m.displayName, actionId: showMember.id(m.id) }));
  const shownUpTo = offset + found.members.length;
  const token = queryToken(text);
  const left = found.total - shownUpTo;
  const more: Button[] =
    left > 0 && token.length <= MAX_QUERY_TOKEN
      ? [{ label: ctx.t("members.more", { count: left }), actionId: morePage.id({ query: token, offset: shownUpTo }) }]
      : [];
  const refine = left > 0 && !more.length ? [context(ctx.t("members.refine"))] : [];
  return ephemeral(
    withButtons(reply(...header, list(found.members.map((m) => memberLine(ctx, m))), ...refine), ...buttons, ...more),
  );
}

/** The "more" button: the same search, read again from its words, from the next member on. */
export const nextPage = (ctx: HandlerContext, args: { query: string; offset: number }): Promise<Reply> =>
  searchReply(ctx, tokenText(args.query), args.offset);
