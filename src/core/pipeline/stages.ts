import type { Logger } from "../../log.ts";
import type { DialogueStore } from "../dialogue-store.ts";
import type { HandoffProvider, WelcomeProvider } from "../feature.ts";
import type { Messages } from "../i18n.ts";
import type { InboundEvent } from "../inbound.ts";
import type { Locale } from "../locale.ts";
import type { MemberDirectory } from "../members/member-directory.ts";
import type { Classifier } from "../nlu-port.ts";
import type { PrivacyGuard } from "../privacy-port.ts";
import type { ProcessedEvents } from "../processed-events.ts";
import type { RateLimiter } from "../rate-limiter.ts";
import { asReplies, ephemeral, reply } from "../reply.ts";
import type { Router } from "../router.ts";
import type { Services } from "../services.ts";
import { contextOf, memberOf, type Stage, type Turn } from "./turn.ts";

/** Longest message the bot reads; chat messages are short, a pasted document is not a question. */
const MAX_TEXT_LENGTH = 4000;

/** 1. A redelivered event is dropped: it was answered the first time. */
export const dedupe =
  (processed: ProcessedEvents): Stage =>
  async (turn) => {
    if (await processed.markNew(turn.event)) return;
    turn.outcome = "duplicate";
    return "stop";
  };

/** 2. Who is writing: an unknown user becomes a guest member. */
export const resolveMember =
  (directory: MemberDirectory, defaultLocale: Locale): Stage =>
  async (turn) => {
    const { conversation, sender } = turn.event;
    const member = await directory.resolve(conversation.channel, conversation.workspaceId, sender);
    turn.member = member;
    turn.locale = member.locale ?? member.lastLocale ?? defaultLocale;
  };

/** 3. A member flooding the bot is told once, then ignored until the bucket refills. */
export const rateLimit =
  (limiter: RateLimiter, messages: Messages): Stage =>
  async (turn) => {
    const verdict = limiter.take(memberOf(turn).id);
    if (verdict === "ok") return;
    if (verdict === "limited") turn.replies.push(ephemeral(reply(messages.format(turn.locale, "core.rateLimited"))));
    turn.outcome = "rate-limited";
    return "stop";
  };

/** 4. Patient identifiers are redacted before anything is classified, stored or logged. */
export const guardPrivacy =
  (guard: PrivacyGuard): Stage =>
  async (turn) => {
    const { payload } = turn.event;
    if (payload.type === "text" || payload.type === "command") {
      const { text, findings } = guard.inspect(payload.text);
      turn.text = text;
      turn.findings = findings;
    } else if (payload.type === "form") {
      turn.values = {};
      for (const [name, raw] of Object.entries(payload.values)) {
        const { text, findings } = guard.inspect(raw);
        turn.values[name] = text;
        turn.findings.push(...findings);
      }
    }
  };

/** 5. Empty and oversized messages get a message saying what is wrong. */
export const checkText =
  (messages: Messages): Stage =>
  async (turn) => {
    if (turn.event.payload.type !== "text") return;
    const text = turn.text ?? "";
    const problem =
      text.trim() === ""
        ? messages.format(turn.locale, "core.error.emptyMessage")
        : text.length > MAX_TEXT_LENGTH
          ? messages.format(turn.locale, "core.error.tooLong", { length: text.length, max: MAX_TEXT_LENGTH })
          : undefined;
    if (!problem) return;
    turn.replies.push(ephemeral(reply(problem)));
    turn.outcome = "refused";
    return "stop";
  };

/**
 * 6. What the message means, and the language to answer in: the one the member chose (their profile),
 * else the message's own when it clearly is a sentence in one language, else the member's last (a code,
 * a word, a garbled line change nothing).
 */
export const understand =
  (nlu: Classifier, directory: MemberDirectory): Stage =>
  async (turn) => {
    if (turn.event.payload.type !== "text") return;
    const member = memberOf(turn);
    const known = member.locale ?? member.lastLocale ?? undefined;
    const result = await nlu.classify(turn.text ?? "", known);
    turn.nlu = result;
    turn.locale = member.locale ?? result.locale;
    if (result.localeSure || !known) await directory.rememberLocale(member, result.locale);
  };

export interface ContextParts {
  services: Services;
  dialogues: DialogueStore;
  messages: Messages;
  log: Logger;
  /** The feature that takes questions to humans, if one is installed. */
  handoff: HandoffProvider | undefined;
}

/** 7. The context handlers receive. */
export const buildContext =
  ({ services, dialogues, messages, log, handoff }: ContextParts): Stage =>
  async (turn) => {
    const member = memberOf(turn);
    const t = messages.translator(turn.locale);
    const context = {
      event: redactedEvent(turn),
      member,
      locale: turn.locale,
      t,
      services,
      dialogue: dialogues.forConversation(turn.event.conversation, member.id),
      log: log.child({ eventId: turn.event.eventId, memberId: member.id }),
      handoff: async (request: Parameters<HandoffProvider>[1]) =>
        handoff ? asReplies(await handoff(context, request)) : [reply(t("core.handoff.unavailable"))],
    };
    turn.context = context;
  };

/** The event as handlers see it: its text is the guard's redacted text, never the raw one. */
function redactedEvent(turn: Turn): InboundEvent {
  const { event } = turn;
  const { payload } = event;
  if (payload.type === "form") return { ...event, payload: { ...payload, values: turn.values ?? {} } };
  if ((payload.type === "text" || payload.type === "command") && turn.text !== undefined) {
    return { ...event, payload: { ...payload, text: turn.text } };
  }
  return event;
}

/** 8. When the privacy guard found something, its notice comes before the answer. */
export const privacyNotice =
  (guard: PrivacyGuard): Stage =>
  async (turn) => {
    if (!turn.findings.length || !guard.notice) return;
    const notice = await guard.notice(contextOf(turn), turn.findings);
    if (notice) turn.notices.push(...asReplies(notice));
  };

/** 9. The handler that owns the turn answers. */
export const route =
  (router: Router): Stage =>
  async (turn) => {
    await router.route(turn);
  };

/**
 * 10. A member met in chat for the first time is welcomed after the answer to their first message,
 * so a question asked straight away is answered first. Members of the member file are known already.
 */
export const welcome =
  (provider: WelcomeProvider | undefined, directory: MemberDirectory): Stage =>
  async (turn) => {
    const member = memberOf(turn);
    if (!provider || turn.event.payload.type !== "text" || member.status !== "guest" || member.welcomedAt) return;
    if (!(await directory.markWelcomed(member.id))) return;
    const ctx = contextOf(turn);
    turn.replies.push(...asReplies(await provider({ ...ctx, text: turn.text ?? "", nlu: turn.nlu! })));
  };
