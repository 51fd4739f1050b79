import type { HandlerContext, MessageContext, StepAccepts, StepHandler } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { Urgency } from "../../core/persistence.ts";
import { type Button, type Field, fields, type Replies, type Reply, reply, withButtons } from "../../core/reply.ts";
import type { Territory } from "../../core/vocabulary/territory.ts";
import { fold } from "../../util/fold.ts";
import {
  cancelRequest,
  chooseCallback,
  chooseCommune,
  chooseNeed,
  chooseUrgency,
  OUTSIDE_TERRITORY,
  sendRequest,
  startRequest,
} from "./actions.ts";
import { DRAFT_FIELDS, type RequestDraft } from "./draft.ts";
import { formButton } from "./request-modal.ts";
import { isNeedKind, NEED_KINDS, type NeedKind, needOfResourceType, parsePhone, URGENCIES } from "./vocabulary.ts";

export const FORM_STEP = "coordination.form";
/** A form left alone this long is forgotten. */
const FORM_TTL_MINUTES = 60;
/** Messages that describe a situation: while the request is being written, they answer its questions. */
const SITUATION_INTENTS = ["coordination.referral", "orientation.resource", "clinical.question"];

/** Saves the draft and asks for the next missing field, or for confirmation. */
export async function askNext(ctx: HandlerContext, draft: RequestDraft): Promise<Reply> {
  const missing = DRAFT_FIELDS.find((field) => draft[field] === undefined);
  draft.awaiting = missing ?? "confirm";
  await ctx.dialogue.expect(FORM_STEP, draft, FORM_TTL_MINUTES);
  const asked = question(ctx, draft);
  return draft.awaiting === "confirm" ? asked : withButtons(asked, formButton(ctx, draft));
}

/** Offers to hand an unanswered question to the team; the member accepts with a button. */
export async function offerHandoff(
  ctx: HandlerContext,
  draft: RequestDraft,
  key = "coordination.offer",
): Promise<Reply> {
  draft.awaiting = "offer";
  await ctx.dialogue.expect(FORM_STEP, draft, FORM_TTL_MINUTES);
  return withButtons(
    reply(ctx.t(key)),
    { label: ctx.t("coordination.offer.yes"), actionId: startRequest.id(), style: "primary" },
    { label: ctx.t("coordination.offer.no"), actionId: cancelRequest.id() },
  );
}

export async function currentDraft(ctx: HandlerContext): Promise<RequestDraft | undefined> {
  return (await ctx.dialogue.pending(FORM_STEP)) as RequestDraft | undefined;
}

function question(ctx: HandlerContext, draft: RequestDraft): Reply {
  const { t } = ctx;
  switch (draft.awaiting) {
    case "summary":
      return reply(t("coordination.ask.summary"));
    case "needType":
      return withButtons(
        reply(t("coordination.ask.need")),
        ...NEED_KINDS.map((n) => button(t(`coordination.need.${n}`), chooseNeed.id(n))),
      );
    case "communeCode":
      return withButtons(
        reply(t("coordination.ask.commune"), t("coordination.ask.commune.typeIt")),
        ...communeButtons(ctx),
      );
    case "urgency":
      return withButtons(
        reply(t("coordination.ask.urgency")),
        ...URGENCIES.map((u) => button(t(`coordination.urgency.${u}`), chooseUrgency.id(u))),
      );
    case "callback":
      return withButtons(reply(t("coordination.ask.callback")), ...callbackButtons(ctx));
    case "confirm":
    case "offer":
      return withButtons(
        reply(t("coordination.ask.confirm"), fields(...describeRequest(t, ctx.services.territory, draft))),
        { label: t("coordination.button.send"), actionId: sendRequest.id(), style: "primary" },
        { label: t("coordination.button.cancel"), actionId: cancelRequest.id() },
      );
  }
}

const button = (label: string, actionId: string): Button => ({ label, actionId });

/** The member's own communes first, then the territory's, at most five, and "outside". */
function communeButtons(ctx: HandlerContext): Button[] {
  const { territory } = ctx.services;
  const codes = [...new Set([...ctx.member.communes, ...territory.communes.map((c) => c.code)])].slice(0, 5);
  return [
    ...codes.map((code) => button(territory.nameOf(code), chooseCommune.id(code))),
    button(ctx.t("coordination.commune.outside"), chooseCommune.id(OUTSIDE_TERRITORY)),
  ];
}

function callbackButtons(ctx: HandlerContext): Button[] {
  const { phone } = ctx.member;
  return [
    ...(phone ? [button(ctx.t("coordination.callback.phone", { phone }), chooseCallback.id("profile"))] : []),
    button(ctx.t("coordination.callback.message"), chooseCallback.id("message")),
  ];
}

/** The fields of a draft or a stored request. */
export interface RequestFields {
  summary?: string | null;
  needType?: string | null;
  communeCode?: string | null;
  urgency?: Urgency | null;
  callback?: string | null;
}

/** A draft or a request as the member and the team read it. */
export function describeRequest(t: Translate, territory: Territory, request: RequestFields): Field[] {
  const need = request.needType && isNeedKind(request.needType) ? request.needType : "other";
  return [
    { label: t("coordination.field.situation"), value: escapeMarkdown(request.summary ?? "") },
    { label: t("coordination.field.need"), value: t(`coordination.need.${need}`) },
    {
      label: t("coordination.field.commune"),
      value: request.communeCode ? territory.nameOf(request.communeCode) : t("coordination.commune.none"),
    },
    { label: t("coordination.field.urgency"), value: t(`coordination.urgency.${request.urgency ?? "routine"}`) },
    { label: t("coordination.field.callback"), value: describeCallback(t, request.callback ?? "message") },
  ];
}

const describeCallback = (t: Translate, callback: string): string =>
  callback === "message"
    ? t("coordination.callback.byMessage")
    : t("coordination.callback.byPhone", { phone: callback });

export interface FormOutcomes {
  send(ctx: HandlerContext, draft: RequestDraft): Promise<Reply[]>;
  cancel(ctx: HandlerContext): Promise<Reply[]>;
}

/**
 * The request's dialogue step: the router gives it the messages that answer the question asked (see
 * `accepts`); an answer it cannot read is asked again. Left for another question, it can be resumed.
 */
export function requestFormStep(outcomes: FormOutcomes): StepHandler<RequestDraft> {
  return {
    accepts: (draft) => acceptsFor(draft.awaiting),
    run: (ctx, draft) => answerQuestion(ctx, draft, outcomes),
    resume: {
      // Only a request the member started is worth coming back to, not the offer to start one.
      offer: (ctx, draft) => (draft.awaiting === "offer" ? undefined : ctx.t("coordination.resume")),
      ask: (ctx, draft) => askNext(ctx, draft),
    },
  };
}

/** What answers each question: its entity, the messages describing a situation, or yes and no. */
function acceptsFor(awaiting: RequestDraft["awaiting"]): StepAccepts {
  if (awaiting === "offer" || awaiting === "confirm") return { answers: YES_NO };
  const entities = awaiting === "communeCode" ? ["commune"] : awaiting === "needType" ? ["resourceType"] : [];
  return { entities, intents: SITUATION_INTENTS };
}

async function answerQuestion(ctx: MessageContext, draft: RequestDraft, outcomes: FormOutcomes): Promise<Replies> {
  const read = readAnswer(ctx, draft);
  if (read === "yes") return draft.awaiting === "offer" ? askNext(ctx, draft) : outcomes.send(ctx, draft);
  if (read === "no") return outcomes.cancel(ctx);
  if (read === "filled") return askNext(ctx, draft);
  const retry = RETRY_KEY[draft.awaiting];
  const asked = draft.awaiting === "offer" ? await offerHandoff(ctx, draft) : question(ctx, draft);
  return retry ? [reply(ctx.t(retry)), asked] : asked;
}

const YES_NO = ["oui", "ok", "d'accord", "envoyer", "envoie", "go", "yes", "send", "non", "annuler", "cancel", "no"];

const RETRY_KEY: Record<RequestDraft["awaiting"], string | undefined> = {
  summary: undefined,
  needType: "coordination.retry.need",
  communeCode: "coordination.retry.commune",
  urgency: "coordination.retry.urgency",
  callback: "coordination.retry.callback",
  confirm: "coordination.retry.confirm",
  offer: "coordination.retry.confirm",
};

/** Reads the typed answer into the draft; "retry" when it does not answer the question. */
function readAnswer(ctx: MessageContext, draft: RequestDraft): "filled" | "retry" | "yes" | "no" {
  const text = ctx.text.trim();
  switch (draft.awaiting) {
    case "summary":
      if (text.length < 5) return "retry";
      draft.summary = text;
      return "filled";
    case "needType": {
      const need = needOfResourceType(ctx.nlu.entities.resourceType?.[0]?.value) ?? needFromWords(text);
      if (!need) return "retry";
      draft.needType = need;
      return "filled";
    }
    case "communeCode": {
      const commune = ctx.nlu.entities.commune?.[0]?.value;
      if (!commune) return "retry";
      draft.communeCode = commune;
      return "filled";
    }
    case "urgency": {
      const urgency = urgencyFromWords(text);
      if (!urgency) return "retry";
      draft.urgency = urgency;
      return "filled";
    }
    case "callback": {
      const phone = parsePhone(text);
      if (phone) draft.callback = phone;
      else if (/\b(ici|message|chat|here)\b/i.test(text)) draft.callback = "message";
      else return "retry";
      return "filled";
    }
    case "confirm":
    case "offer":
      if (/^(oui|ok|d'accord|envoyer?|envoie|yes|send|go)\b/i.test(text)) return "yes";
      if (/^(non|annuler?|cancel|no|stop)\b/i.test(text)) return "no";
      return "retry";
  }
}

function needFromWords(text: string): NeedKind | undefined {
  const folded = fold(text);
  if (/palliati|fin de vie|end of life/.test(folded)) return "palliative";
  if (/domicile|maintien|retour|home/.test(folded)) return "home_care";
  if (/social|aide|allocation|benefit/.test(folded)) return "social";
  if (/psy/.test(folded)) return "psychological";
  if (/autre|other/.test(folded)) return "other";
  return isNeedKind(folded) ? folded : undefined;
}

function urgencyFromWords(text: string): Urgency | undefined {
  const folded = fold(text);
  if (/pas urgent|not urgent|routine/.test(folded)) return "routine";
  if (/aujourd|today|ce jour|tres urgent|urgent/.test(folded)) return "same_day";
  if (/48|deux jours|2 jours|two days/.test(folded)) return "within_48h";
  if (/semaine|week/.test(folded)) return "within_week";
  return undefined;
}
