// A submitted announcement form, read with the dialogue's readers: every problem at once, else the preview.
import type { HandlerContext } from "../../core/feature.ts";
import { type Reply, reply } from "../../core/reply.ts";
import { resolveAudience } from "./audience-lists.ts";
import { askNext } from "./compose.ts";
import { type AnnouncementDraft, COMPOSE_STEP, MAX_BODY, MAX_TITLE, newDraft, readBody } from "./draft.ts";
import { readWhen } from "./when-text.ts";

export async function submitComposeForm(ctx: HandlerContext, values: Record<string, string>): Promise<Reply[]> {
  const { t, services, locale } = ctx;
  const draft = { ...newDraft(), ...((await ctx.dialogue.pending(COMPOSE_STEP)) as AnnouncementDraft | undefined) };
  const problems: string[] = [];
  const title = (values.title ?? "").trim();
  if (!title || title.length > MAX_TITLE) problems.push(t("announcements.retry.title", { max: MAX_TITLE }));
  else draft.title = title;
  const { body, link, buttons } = readBody(values.body ?? "");
  if (!body || body.length > MAX_BODY) problems.push(t("announcements.retry.bodyLength", { max: MAX_BODY }));
  else Object.assign(draft, { body, buttons, ...(link ? { link } : {}) });
  const audience = await resolveAudience(values.audience ?? "", services, true);
  if (audience.ok) draft.audience = audience.audience;
  else
    problems.push(t("announcements.retry.audience", { words: audience.unread.join(", ") || values.audience || "—" }));
  const when = readWhen(
    values.when?.trim() || t("announcements.when.now"),
    services.clock.now(),
    services.config.timezone,
    locale,
  );
  if (when.kind === "now" || when.kind === "at") draft.at = when.kind === "now" ? null : when.at.toISOString();
  else problems.push(t("announcements.retry.when"));
  const asked = await askNext(ctx, draft);
  return problems.length ? [reply(problems.join("\n")), ...asked] : asked;
}
