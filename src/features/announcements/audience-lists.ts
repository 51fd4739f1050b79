// Saved audiences (« MG Vitry-Ivry », « bureau élargi »): a name for criteria the team uses again, read
// again at each use so it follows the member file. An author names one where an audience is asked.
import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { Audience } from "../../core/outbound-port.ts";
import { list, type Reply, reply } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { compact } from "../../util/fold.ts";
import { readAudienceJson } from "./announcement-message.ts";
import { type AudienceReading, describeAudience, reachOf, readAudience } from "./audience.ts";

/** Words around a saved audience's name: « la liste MG sud », « public bureau élargi ». */
const AROUND = /^(?:(?:à|a|aux|pour)\s+)?(?:(?:la|le|ma|notre)\s+)?(?:liste|public|groupe|list|group|audience)\s+/i;

const keyOf = (name: string) => compact(name.replace(AROUND, ""));

/** The audience a text names: a saved one by its name, else criteria in words (see {@link readAudience}). */
export async function resolveAudience(text: string, services: Services, strict: boolean): Promise<AudienceReading> {
  const key = keyOf(text);
  const saved = key ? await services.db.audienceList.findUnique({ where: { key } }) : null;
  return saved ? { ok: true, audience: readAudienceJson(saved.audience) } : readAudience(text, services, strict);
}

/** `/annonce public <nom> : <public>`: saves (or replaces) a named audience, told back with its size. */
export async function saveAudienceList(ctx: HandlerContext, written: string): Promise<Reply> {
  const { t, services, locale } = ctx;
  const [rawName = "", ...rest] = written.split(/[:=]/);
  const name = rawName.trim();
  const reading = readAudience(rest.join(":").trim(), services, true);
  if (!name || !keyOf(name) || !reading.ok) return reply(t("announcements.lists.usage"));
  const audience: Audience = reading.audience;
  const key = keyOf(name);
  await services.db.audienceList.upsert({
    where: { key },
    create: { name, key, audience: JSON.stringify(audience), createdById: ctx.member.id },
    update: { name, audience: JSON.stringify(audience) },
  });
  const reach = await reachOf(services, audience);
  return reply(
    t("announcements.lists.saved", {
      name: escapeMarkdown(name),
      audience: describeAudience(audience, services, t, locale),
      count: reach.memberIds.length + reach.digestMemberIds.length,
    }),
  );
}

/** `/annonce publics`: the saved audiences. */
export async function audienceListsReply(ctx: HandlerContext): Promise<Reply> {
  const { t, services, locale } = ctx;
  const lists = await services.db.audienceList.findMany({ orderBy: { name: "asc" } });
  if (!lists.length) return reply(t("announcements.lists.none"));
  return reply(
    t("announcements.lists.title"),
    list(
      lists.map((l) =>
        t("announcements.lists.item", {
          name: escapeMarkdown(l.name),
          audience: describeAudience(readAudienceJson(l.audience), services, t, locale),
        }),
      ),
    ),
  );
}
