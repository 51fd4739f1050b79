// The short dialogue that writes an announcement: title, text, audience, when; then the preview, where
// the author sends it, changes its options or drops it. The whole form is a modal on Slack and Discord.
import type { HandlerContext, MessageContext, StepHandler } from "../../core/feature.ts";
import { type Reply, reply, withButtons } from "../../core/reply.ts";
import { compact } from "../../util/fold.ts";
import { discardDraft } from "./actions.ts";
import { readAudience } from "./audience.ts";
import { resolveAudience } from "./audience-lists.ts";
import { composeFormButton } from "./compose-form.ts";
import { type AnnouncementDraft, COMPOSE_STEP, MAX_BODY, MAX_TITLE, newDraft, readBody } from "./draft.ts";
import { previewReplies } from "./preview.ts";
import { describeWhen, scheduleAnnouncement } from "./publish.ts";
import { announcementSettings } from "./settings.ts";
import { readWhen } from "./when-text.ts";

/** A draft left alone this long is forgotten. */
const DRAFT_TTL_MINUTES = 120;
const CANCEL = ["annuler", "abandonner", "laisse tomber", "cancel", "stop", "non", "no"].map(compact);
const YES = ["oui", "ok", "envoyer", "envoie", "go", "yes", "send", "programmer", "schedule"].map(compact);

/** Starts a draft; an audience named in the message that asked for it is kept (« annonce aux MG de Vitry »). */
export async function startComposing(ctx: HandlerContext, text = ""): Promise<Reply[]> {
  const draft = newDraft();
  const spotted = text ? readAudience(text, ctx.services, false) : undefined;
  if (spotted?.ok) draft.audience = spotted.audience;
  return askNext(ctx, draft);
}

/** Saves the draft and asks for what is missing, or shows the preview. */
export async function askNext(ctx: HandlerContext, draft: AnnouncementDraft): Promise<Reply[]> {
  const missing = (["title", "body", "audience", "at"] as const).find((field) => draft[field] === undefined);
  draft.awaiting = missing === "at" ? "when" : (missing ?? "confirm");
  await ctx.dialogue.expect(COMPOSE_STEP, draft, DRAFT_TTL_MINUTES);
  if (draft.awaiting === "confirm") return previewReplies(ctx, draft);
  const { t } = ctx;
  const cancel = { label: t("announcements.button.discard"), actionId: discardDraft.id() };
  switch (draft.awaiting) {
    case "title":
      return [withButtons(reply(t("announcements.ask.title")), composeFormButton(ctx, draft), cancel)];
    case "body":
      return [withButtons(reply(t("announcements.ask.body")), cancel)];
    case "audience":
      return [withButtons(reply(t("announcements.ask.audience")), cancel)];
    default:
      return [withButtons(reply(t("announcements.ask.when")), cancel)];
  }
}

export const composeStep: StepHandler<AnnouncementDraft> = {
  // Titles and texts are taken word for word; an audience or a time may also be a new request.
  accepts: (draft) =>
    draft.awaiting === "title" || draft.awaiting === "body"
      ? { anyText: true }
      : draft.awaiting === "confirm"
        ? { answers: [...YES, ...CANCEL], intents: ["announcement.create"] }
        : { intents: ["announcement.create"], answers: CANCEL },
  run: (ctx, draft) => answer(ctx, draft),
};

async function answer(ctx: MessageContext, draft: AnnouncementDraft): Promise<Reply[]> {
  const written = ctx.text.trim();
  if (CANCEL.includes(compact(written))) return discard(ctx);
  // A draft left at its first question, and a new request to announce: the new one starts over.
  if (draft.awaiting === "title" && isNewRequest(ctx)) return startComposing(ctx, written);
  const problem = await read(ctx, draft, written);
  if (problem === "send") return send(ctx);
  const asked = await askNext(ctx, draft);
  return problem ? [reply(problem), ...asked] : asked;
}

/** Reads the answer into the draft; a message saying what is wrong, "send" on « oui », else undefined. */
async function read(ctx: MessageContext, draft: AnnouncementDraft, written: string): Promise<string | undefined> {
  const { t, services, locale } = ctx;
  switch (draft.awaiting) {
    case "title":
      if (written.length > MAX_TITLE) return t("announcements.retry.title", { max: MAX_TITLE });
      draft.title = written;
      return undefined;
    case "body": {
      const { body, link, buttons } = readBody(written);
      if (!body) return t("announcements.retry.body");
      if (body.length > MAX_BODY) return t("announcements.retry.bodyLength", { max: MAX_BODY });
      Object.assign(draft, { body, buttons, ...(link ? { link } : {}) });
      return undefined;
    }
    case "audience": {
      const audience = await resolveAudience(written, services, true);
      if (!audience.ok) return t("announcements.retry.audience", { words: audience.unread.join(", ") || written });
      draft.audience = audience.audience;
      return undefined;
    }
    case "when": {
      const when = readWhen(written, services.clock.now(), services.config.timezone, locale);
      if (when.kind === "unknown") return t("announcements.retry.when");
      if (when.kind === "past")
        return t("announcements.retry.past", { when: describeWhen(services, when.at.toISOString(), t, locale) });
      draft.at = when.kind === "now" ? null : when.at.toISOString();
      return undefined;
    }
    case "confirm":
      return YES.includes(compact(written)) ? "send" : changeAtPreview(ctx, draft, written);
  }
}

/** At the preview, a new time or a new audience changes the draft; anything else says how to answer. */
async function changeAtPreview(
  ctx: MessageContext,
  draft: AnnouncementDraft,
  written: string,
): Promise<string | undefined> {
  const { services, locale } = ctx;
  const when = readWhen(written, services.clock.now(), services.config.timezone, locale);
  if (when.kind === "now" || when.kind === "at") {
    draft.at = when.kind === "now" ? null : when.at.toISOString();
    return undefined;
  }
  const audience = await resolveAudience(written, services, true);
  if (audience.ok) {
    draft.audience = audience.audience;
    return undefined;
  }
  return ctx.t("announcements.retry.confirm");
}

const isNewRequest = (ctx: MessageContext): boolean =>
  ctx.nlu.intent === "announcement.create" && ctx.nlu.score >= ctx.services.config.nlu.confidenceThreshold;

/** Stores the announcement with its publication job; the author is told when and to how many. */
export async function send(ctx: HandlerContext): Promise<Reply[]> {
  const draft = (await ctx.dialogue.pending(COMPOSE_STEP)) as AnnouncementDraft | undefined;
  if (draft?.awaiting !== "confirm") return [reply(ctx.t("announcements.error.noDraft"))];
  await ctx.dialogue.end(COMPOSE_STEP);
  const announcement = await scheduleAnnouncement(ctx.services, ctx.member.id, draft);
  const when = describeWhen(ctx.services, draft.at, ctx.t, ctx.locale);
  return [reply(ctx.t(draft.at ? "announcements.scheduled" : "announcements.sending", { id: announcement.id, when }))];
}

export async function discard(ctx: HandlerContext): Promise<Reply[]> {
  await ctx.dialogue.end(COMPOSE_STEP);
  return [reply(ctx.t("announcements.discarded"))];
}

/** The preview's option buttons: urgent or not; direct messages, the announcement channels, or both. */
export async function changeOption(ctx: HandlerContext, option: string): Promise<Reply[]> {
  const draft = (await ctx.dialogue.pending(COMPOSE_STEP)) as AnnouncementDraft | undefined;
  if (draft?.awaiting !== "confirm") return [reply(ctx.t("announcements.error.noDraft"))];
  if (option === "urgent") draft.urgent = !draft.urgent;
  if (option === "where") {
    const hasChannels = ctx.services.config.settings.of(announcementSettings).channels.length > 0;
    if (!hasChannels) return [reply(ctx.t("announcements.error.noChannel")), ...(await askNext(ctx, draft))];
    // direct → direct and channels → channels only → direct
    [draft.direct, draft.inChannels] = draft.direct ? (draft.inChannels ? [false, true] : [true, true]) : [true, false];
  }
  return askNext(ctx, draft);
}
