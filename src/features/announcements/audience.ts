// Who an announcement reaches: read from the author's words with the member vocabulary and the
// communes (« les médecins généralistes de Vitry et d'Ivry », "the board", « tout le monde »),
// shown back in words, and counted by the channel each member will be reached on.
import type { Translate } from "../../core/i18n.ts";
import type { ChannelName } from "../../core/inbound.ts";
import type { Locale } from "../../core/locale.ts";
import { parseMemberQuery } from "../../core/members/member-query.ts";
import { audienceWhere } from "../../core/outbound/audience.ts";
import type { Audience } from "../../core/outbound-port.ts";
import type { Services } from "../../core/services.ts";
import { CommuneVocabulary } from "../../core/vocabulary/commune-vocabulary.ts";
import { compact } from "../../util/fold.ts";

const EVERYONE = new Set(
  [
    "tout le monde",
    "tous",
    "toutes",
    "tous les membres",
    "tout le réseau",
    "everyone",
    "everybody",
    "all",
    "all members",
  ]
    .concat(["all the members", "the whole network", "à tous", "a tous les membres", "aux membres", "à tout le monde"])
    .map(compact),
);
/** Words an author adds around an audience that name nobody (« aux », « membres », "members"). */
const FILLER = new Set(
  ["aux", "à", "a", "pour", "membres", "membre", "members", "member", "to", "for", "annonce", "annonces"]
    .concat(["announcement", "message", "envoyer", "send", "seulement", "only", "uniquement"])
    .map(compact),
);

export type AudienceReading = { ok: true; audience: Audience } | { ok: false; unread: string[] };

/**
 * The audience named by `text`. `strict`: every word must name something (the answer to « à qui ? »);
 * otherwise words that name nothing are ignored (an audience spotted in « annonce aux infirmières »).
 */
export function readAudience(text: string, services: Services, strict: boolean): AudienceReading {
  if (EVERYONE.has(compact(text))) return { ok: true, audience: {} };
  const query = parseMemberQuery(text, services.memberVocabulary, new CommuneVocabulary(services.territory));
  const unread = query.words.filter((word) => !FILLER.has(word));
  const audience: Audience = {
    ...(query.roles.length ? { roles: query.roles } : {}),
    ...(query.professions.length ? { professions: query.professions } : {}),
    ...(query.communes.length ? { communes: query.communes } : {}),
    ...(query.skills.length || query.motivations.length
      ? {
          tags: [
            ...query.skills.map((value) => ({ kind: "skill" as const, value })),
            ...query.motivations.map((value) => ({ kind: "motivation" as const, value })),
          ],
        }
      : {}),
  };
  const named = Object.keys(audience).length > 0;
  if (strict && (unread.length || !named)) return { ok: false, unread };
  return named ? { ok: true, audience } : { ok: false, unread };
}

/** The audience in words: « médecin généraliste · Vitry-sur-Seine, Ivry-sur-Seine ». */
export function describeAudience(audience: Audience, services: Services, t: Translate, locale: Locale): string {
  const vocabulary = services.memberVocabulary;
  const parts = [
    (audience.roles ?? []).map((r) => vocabulary.roles.label(r, locale)),
    (audience.professions ?? []).map((p) => vocabulary.professions.label(p, locale)),
    (audience.communes ?? []).map((c) => services.territory.nameOf(c)),
    (audience.tags ?? []).map((tag) =>
      tag.kind === "skill"
        ? vocabulary.skills.label(tag.value, locale)
        : vocabulary.motivations.label(tag.value, locale),
    ),
  ].filter((names) => names.length > 0);
  const or = new Intl.ListFormat(locale, { type: "disjunction" });
  return parts.length ? parts.map((names) => or.format(names)).join(" · ") : t("announcements.audience.everyone");
}

/** How many members an audience reaches, and where: their preferred chat account, else the one used last. */
export interface Reach {
  /** Members who get one message per announcement. */
  memberIds: number[];
  byChannel: Partial<Record<ChannelName, number>>;
  /** Members without any chat account (imported, never wrote to the bot): not reachable. */
  noAccount: number;
  /** Members who prefer a weekly digest: they will find it there. */
  digestMemberIds: number[];
}

export async function reachOf(services: Services, audience: Audience): Promise<Reach> {
  const members = await services.db.member.findMany({
    where: audienceWhere(audience),
    select: {
      id: true,
      preferredChannel: true,
      digestWeekday: true,
      identities: {
        select: { channel: true },
        orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      },
    },
    orderBy: { id: "asc" },
  });
  const reach: Reach = { memberIds: [], byChannel: {}, noAccount: 0, digestMemberIds: [] };
  for (const member of members) {
    if (member.digestWeekday !== null) {
      reach.digestMemberIds.push(member.id);
      continue;
    }
    reach.memberIds.push(member.id);
    const channels = member.identities.map((i) => i.channel);
    const channel = channels.find((c) => c === member.preferredChannel) ?? channels[0];
    if (channel) reach.byChannel[channel] = (reach.byChannel[channel] ?? 0) + 1;
    else reach.noAccount += 1;
  }
  return reach;
}
