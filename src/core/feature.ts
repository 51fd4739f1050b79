import type { Logger } from "../log.ts";
import type { ActionDefinition } from "./action-id.ts";
import type { Catalogue, Translate } from "./i18n.ts";
import type { InboundEvent } from "./inbound.ts";
import type { Locale, Localized } from "./locale.ts";
import type { MemberProfile, Role } from "./members/member-profile.ts";
import type { NluResult } from "./nlu-port.ts";
import type { PrivacyGuard } from "./privacy-port.ts";
import type { Reply } from "./reply.ts";
import type { JobKind } from "./scheduler-port.ts";
import type { Services } from "./services.ts";

/** Handlers may return one reply, several, or none. */
export type Replies = Reply | Reply[];

/** The dialogue of one member in one conversation: lets a handler wait for the next message. */
export interface Dialogue {
  /** The next text message in this conversation goes to `step` (a key of some feature's `steps`) first. */
  expect(step: string, data?: unknown, ttlMinutes?: number): Promise<void>;
  /** Data of the pending step, if it is `step` and has not expired. */
  pending(step: string): Promise<unknown | undefined>;
  end(): Promise<void>;
}

/** Everything a handler knows about the event it answers. */
export interface HandlerContext {
  event: InboundEvent;
  member: MemberProfile;
  locale: Locale;
  t: Translate;
  services: Services;
  dialogue: Dialogue;
  /** Logger bound to the event id. */
  log: Logger;
}

/** A text message, redacted by the privacy guard, with what the NLU understood. */
export interface MessageContext extends HandlerContext {
  text: string;
  nlu: NluResult;
}

export type PreconditionResult = { ok: true } | { ok: false; code: string };

/** A named, reusable check run before a handler (e.g. "board members only"). */
export interface Precondition {
  name: string;
  check(ctx: HandlerContext): PreconditionResult;
}

interface Guarded {
  preconditions?: Precondition[];
}

export interface IntentHandler extends Guarded {
  run(ctx: MessageContext): Promise<Replies> | Replies;
}

export interface ActionHandler<A = unknown> extends Guarded {
  action: ActionDefinition<A>;
  run(ctx: HandlerContext, args: A): Promise<Replies> | Replies;
}

/** Receives a submitted form (see `Form` in reply.ts); `values` are redacted by the privacy guard. */
export interface FormHandler<A = unknown> extends Guarded {
  form: ActionDefinition<A>;
  run(ctx: HandlerContext, args: A, values: Record<string, string>): Promise<Replies> | Replies;
}

/** A feature's section of the member's home (Slack's App Home): undefined when it has nothing to show. */
export type HomeSection = (ctx: HandlerContext) => Promise<Reply | undefined>;

export interface CommandHandler extends Guarded {
  /** Without the slash, e.g. "repondre". */
  name: string;
  aliases?: string[];
  /** One line shown by help, e.g. "/repondre <n°> <réponse>". */
  usage: Localized;
  run(ctx: HandlerContext, text: string): Promise<Replies> | Replies;
}

/** What a dialogue step answers: replies, or "pass" to let the message be routed as usual. */
export type StepOutcome = Replies | "pass";

export interface StepHandler {
  run(ctx: MessageContext, data: unknown): Promise<StepOutcome> | StepOutcome;
}

/** A question the bot could not answer, offered to humans. */
export interface HandoffRequest {
  text: string;
  reason: "low-confidence" | "asked";
}

export type HandoffHandler = (ctx: HandlerContext, request: HandoffRequest) => Promise<Replies> | Replies;

/** One line of the help, shown to members holding one of `roles` (everyone when absent). */
export interface HelpEntry {
  roles?: Role[];
  text: Localized;
}

/**
 * A feature: a folder that registers its intents, actions, commands, dialogue steps and job kinds.
 * Installed by one line in src/features/index.ts.
 */
export interface Feature {
  name: string;
  /** Intent name → handler. Only intents some feature handles are trained. */
  intents?: Record<string, IntentHandler>;
  actions?: ActionHandler<unknown>[];
  forms?: FormHandler<unknown>[];
  commands?: CommandHandler[];
  /** Step name (prefixed with the feature name) → handler. */
  steps?: Record<string, StepHandler>;
  jobs?: JobKind<unknown>[];
  messages?: Catalogue;
  help?: HelpEntry[];
  /** Where questions the bot cannot answer go; at most one feature provides it. */
  handoff?: HandoffHandler;
  /** Redacts patient identifiers from every inbound text; at most one feature provides it. */
  privacyGuard?: PrivacyGuard;
  /** The feature's part of the member's home, in the order of the features. */
  home?: HomeSection;
  /** Runs once at start, after migrations (e.g. seed reference data). */
  start?(services: Services): Promise<void>;
}

/** An action handler, typed by its action's arguments (the registry stores them untyped). */
export function onAction<A>(
  action: ActionDefinition<A>,
  run: (ctx: HandlerContext, args: A) => Promise<Replies> | Replies,
  preconditions?: Precondition[],
): ActionHandler<unknown> {
  const handler: ActionHandler<A> = { action, run, ...(preconditions ? { preconditions } : {}) };
  return handler as ActionHandler<unknown>;
}

/** A form handler, typed by its form's arguments. */
export function onForm<A>(
  form: ActionDefinition<A>,
  run: (ctx: HandlerContext, args: A, values: Record<string, string>) => Promise<Replies> | Replies,
  preconditions?: Precondition[],
): FormHandler<unknown> {
  const handler: FormHandler<A> = { form, run, ...(preconditions ? { preconditions } : {}) };
  return handler as FormHandler<unknown>;
}
