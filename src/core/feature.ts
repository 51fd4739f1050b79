import type { ActionDefinition } from "./action-id.ts";
import type { HandlerContext, MessageContext } from "./context.ts";
import type { HandoffRequest } from "./handoff.ts";
import type { HelpEntry } from "./help.ts";
import type { Catalogue, MessageParams, Translate } from "./i18n.ts";
import type { JobKind } from "./job-kind.ts";
import type { Role } from "./persistence.ts";
import type { PrivacyGuard } from "./privacy-port.ts";
import type { Replies, Reply } from "./reply.ts";
import type { Services } from "./services.ts";
import type { SettingsDefinition } from "./settings.ts";
import type { TeamNotifier } from "./team.ts";

// What a feature author needs, from one module.
export type { Dialogue, HandlerContext, MessageContext } from "./context.ts";
export type { HandoffKnown, HandoffRequest } from "./handoff.ts";
export type { HelpEntry } from "./help.ts";
export type { JobContext, JobKind } from "./job-kind.ts";
export type { Replies } from "./reply.ts";

/** A refusal says why in the member's language: a message key and its parameters. */
export type PreconditionResult = { ok: true } | { ok: false; code: string; params?: MessageParams };

/** A named, reusable check run before a handler (e.g. "board members only"). */
export interface Precondition {
  name: string;
  /** The roles this check lets through, when it is a role check: commands and help describe their permission with it. */
  roles?: readonly Role[];
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

/**
 * A slash command. It describes itself: help, the Slack manifest and Discord's command registration
 * are built from these fields, never restated by hand.
 */
export interface CommandHandler extends Guarded {
  /** Without the slash, e.g. "repondre". */
  name: string;
  aliases?: string[];
  /** Message key of a one-line description ("Coordination : répondre à une demande"). */
  description: string;
  /** Message key of the arguments, e.g. "<n°> <réponse>"; none for a command without arguments. */
  usage?: string;
  run(ctx: HandlerContext, text: string): Promise<Replies> | Replies;
}

/**
 * What answers a pending dialogue step. The router gives the step only the messages that answer it:
 * a message that is just the answer (an accepted entity and a few small words) always does; a
 * confident message of another intent means the member moved on, and is routed as usual.
 */
export interface StepAccepts {
  /** Entity kinds that answer the question ("commune", "resourceType"). */
  entities?: readonly string[];
  /**
   * Intents that continue the step: a confident message of one of these is read by the step (a new
   * request of the same kind: its own entities win over what the step kept).
   */
  intents?: readonly string[];
  /** Short fixed answers ("oui", "non"), compared ignoring case, accents and punctuation. */
  answers?: readonly string[];
  /**
   * Any text answers (a text being written, taken word for word whatever the classifier makes of it):
   * the member leaves such a step with its buttons or by cancelling.
   */
  anyText?: boolean;
}

export interface StepHandler<D = unknown> {
  accepts: StepAccepts | ((data: D) => StepAccepts);
  /** Reads the member's answer; asks again when the message does not answer the question. */
  run(ctx: MessageContext, data: D): Promise<Replies> | Replies;
  /**
   * For steps worth coming back to (a half-filled request): when the member moves on, the step is set
   * aside and a button offers to resume it, which asks the pending question again.
   */
  resume?: {
    /** The resume button's label, or undefined when this step is not worth coming back to. */
    offer(ctx: HandlerContext, data: D): string | undefined;
    /** Asks the pending question again (and expects the step again). */
    ask(ctx: HandlerContext, data: D): Promise<Replies> | Replies;
  };
}

/** Hands a question to humans: the replies shown to the member (a confirmation, the request's first question). */
export type HandoffProvider = (ctx: HandlerContext, request: HandoffRequest) => Promise<Replies> | Replies;

/**
 * What a member met for the first time is told after the answer to their first message (a welcome,
 * the onboarding questions); called once per member, for members not imported from the member file.
 */
export type WelcomeProvider = (ctx: MessageContext) => Promise<Replies> | Replies;

/**
 * An invitation to complete one's profile (skills, motivations, availability), in the member's language,
 * with the buttons that change it: what the member is sent when the team approves them as a volunteer.
 */
export type ProfileInviteProvider = (t: Translate) => Reply[];

/** Core services a feature provides to the others; at most one feature provides each. */
export interface Provided {
  /** The welcome of members met in chat (onboarding). */
  welcome?: WelcomeProvider;
  /** Where questions the bot cannot answer go. */
  handoff?: HandoffProvider;
  /** How the coordination team is told. */
  team?: (services: Services) => TeamNotifier;
  /** Redacts patient identifiers from every inbound text. */
  privacyGuard?: PrivacyGuard;
  /** The invitation to complete one's profile (the profile feature). */
  profileInvite?: ProfileInviteProvider;
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
  steps?: Record<string, StepHandler<never>>;
  jobs?: JobKind<unknown>[];
  messages?: Catalogue;
  help?: HelpEntry[];
  /** The feature's part of the member's home, in the order of the features. */
  home?: HomeSection;
  provides?: Provided;
  /**
   * The feature's own environment variables, validated at start with the rest of the configuration and
   * listed in .env.example; handlers read them with `ctx.services.config.settings.of(definition)`.
   */
  settings?: SettingsDefinition<unknown>;
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
