import type { HandlerContext, MessageContext, StepOutcome } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import type { EntityMatch } from "../../core/nlu-port.ts";
import { type Button, type Field, fields, type Reply, reply, withButtons } from "../../core/reply.ts";
import type { RequestKind, Urgency } from "../../generated/prisma/enums.ts";
import { fold } from "../../util/fold.ts";
import type { Territory } from "../../core/vocabulary/territory.ts";
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
import { formButton } from "./request-modal.ts";
import { isNeedKind, NEED_KINDS, type NeedKind, needOfResourceType, parsePhone, URGENCIES } from "./vocabulary.ts";

export const FORM_STEP = "coordination.form";
/** A form left alone this long is forgotten. */
const FORM_TTL_MINUTES = 60;
/** Below this many words, the message that opened the form does not describe the situation: ask for it. */
const MIN_SUMMARY_WORDS = 8;

type DraftField = "summary" | "needType" | "communeCode" | "urgency" | "callback";

/** A request being written with the member; persisted as the dialogue step's data. */
export interface RequestDraft {
  kind: RequestKind;
  summary?: string;
  needType?: NeedKind;
  /** INSEE code, or null for a commune outside the territory. */
  communeCode?: string | null;
  urgency?: Urgency;
  callback?: string;
  /** "offer": waiting for the member to accept handing the question over; "confirm": ready to send. */
  awaiting: DraftField | "offer" | "confirm";
}

const ORDER: DraftField[] = ["summary", "needType", "communeCode", "urgency", "callback"];

/** A draft prefilled from the message that opened it: its text and the entities the NLU found. */
export function draftFrom(kind: RequestKind, text: string, entities: Record<string, EntityMatch[]>): RequestDraft {
  const draft: RequestDraft = { kind, awaiting: "summary" };
  if (text.trim().split(/\s+/).length >= MIN_SUMMARY_WORDS) draft.summary = text.trim();
  const need = needOfResourceType(entities.resourceType?.[0]?.value);
  if (need) draft.needType = need;
  const commune = entities.commune?.[0]?.value;
  if (commune) draft.communeCode = commune;
  return draft;
}

/** Saves the draft and asks for the next missing field, or for confirmation. */
export async function askNext(ctx: HandlerContext, draft: RequestDraft): Promise<Reply> {
  const missing = ORDER.find((field) => draft[field] === undefined);
  draft.awaiting = missing ?? "confirm";
  await ctx.dialogue.expect(FORM_STEP, draft, FORM_TTL_MINUTES);
  const asked = question(ctx, draft);
  return draft.awaiting === "confirm" ? asked : withButtons(asked, formButton(ctx, draft));
}

/** Offers to hand an unanswered question to the team; the member accepts with a button. */
export async function offerHandoff(ctx: HandlerContext, draft: RequestDraft): Promise<Reply> {
  draft.awaiting = "offer";
  await ctx.dialogue.expect(FORM_STEP, draft, FORM_TTL_MINUTES);
  return withButtons(
    reply(ctx.t("coordination.offer")),
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

export const describeCallback = (t: Translate, callback: string): string =>
  callback === "message"
    ? t("coordination.callback.byMessage")
    : t("coordination.callback.byPhone", { phone: callback });

export interface FormOutcomes {
  send(ctx: HandlerContext, draft: RequestDraft): Promise<Reply[]>;
  cancel(ctx: HandlerContext): Promise<Reply[]>;
}

/**
 * The form's dialogue step: a typed answer to the field being asked. An unrecognised answer is
 * asked again, unless the member clearly moved on to another question, which is then routed as usual.
 */
export async function answerStep(
  ctx: MessageContext,
  draft: RequestDraft,
  threshold: number,
  outcomes: FormOutcomes,
): Promise<StepOutcome> {
  if (draft.awaiting === "offer") return "pass";
  const filled = fill(ctx, draft);
  if (filled === "send") return outcomes.send(ctx, draft);
  if (filled === "cancel") return outcomes.cancel(ctx);
  if (filled === "filled") return askNext(ctx, draft);
  const movedOn = ctx.nlu.score >= threshold && !["None", "coordination.referral"].includes(ctx.nlu.intent);
  if (movedOn) {
    await ctx.dialogue.end();
    return "pass";
  }
  const retry = RETRY_KEY[draft.awaiting];
  return retry ? [reply(ctx.t(retry)), question(ctx, draft)] : question(ctx, draft);
}

const RETRY_KEY: Record<RequestDraft["awaiting"], string | undefined> = {
  summary: undefined,
  needType: "coordination.retry.need",
  communeCode: "coordination.retry.commune",
  urgency: "coordination.retry.urgency",
  callback: "coordination.retry.callback",
  confirm: "coordination.retry.confirm",
  offer: undefined,
};

/** Reads the typed answer into the draft; "retry" when it does not answer the question. */
function fill(ctx: MessageContext, draft: RequestDraft): "filled" | "retry" | "send" | "cancel" {
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
      if (/^(oui|ok|d'accord|envoyer?|envoie|yes|send|go)\b/i.test(text)) return "send";
      if (/^(non|annuler?|cancel|no|stop)\b/i.test(text)) return "cancel";
      return "retry";
    case "offer":
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
