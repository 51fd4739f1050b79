import { coreFeature } from "./core-feature.ts";
import type {
  ActionHandler,
  CommandHandler,
  Feature,
  FormHandler,
  HandoffHandler,
  HelpEntry,
  HomeSection,
  IntentHandler,
  StepHandler,
} from "./feature.ts";
import { Messages } from "./i18n.ts";
import type { PrivacyGuard } from "./privacy-port.ts";
import type { JobKind } from "./scheduler-port.ts";

/** Two features claim the same intent, action, command, step or job kind. */
export class FeatureRegistryError extends Error {}

interface Owned<T> {
  feature: string;
  handler: T;
}

/**
 * The routing tables built from the installed features. Built once at start; a conflict between
 * two features fails the start with both names.
 */
export class FeatureRegistry {
  readonly intents = new Map<string, Owned<IntentHandler>>();
  readonly actions = new Map<string, Owned<ActionHandler<unknown>>>();
  readonly forms = new Map<string, Owned<FormHandler<unknown>>>();
  readonly home: HomeSection[] = [];
  readonly commands = new Map<string, Owned<CommandHandler>>();
  readonly steps = new Map<string, Owned<StepHandler>>();
  readonly jobs = new Map<string, Owned<JobKind<unknown>>>();
  readonly help: HelpEntry[] = [];
  readonly messages = new Messages();
  readonly handoff: HandoffHandler | undefined;
  readonly privacyGuard: PrivacyGuard | undefined;
  readonly features: readonly Feature[];

  /** `features` are installed after the core's own messages and jobs. */
  constructor(features: readonly Feature[]) {
    this.features = [coreFeature, ...features];
    let handoff: Owned<HandoffHandler> | undefined;
    let guard: Owned<PrivacyGuard> | undefined;
    for (const feature of this.features) {
      const claim = <T>(table: Map<string, Owned<T>>, what: string, key: string, handler: T) => {
        const owner = table.get(key);
        if (owner)
          throw new FeatureRegistryError(`${what} "${key}" is registered by both ${owner.feature} and ${feature.name}`);
        table.set(key, { feature: feature.name, handler });
      };
      for (const [intent, handler] of Object.entries(feature.intents ?? {}))
        claim(this.intents, "Intent", intent, handler);
      for (const handler of feature.actions ?? []) claim(this.actions, "Action", handler.action.name, handler);
      for (const handler of feature.forms ?? []) claim(this.forms, "Form", handler.form.name, handler);
      if (feature.home) this.home.push(feature.home);
      for (const handler of feature.commands ?? []) {
        for (const name of [handler.name, ...(handler.aliases ?? [])]) claim(this.commands, "Command", name, handler);
      }
      for (const [step, handler] of Object.entries(feature.steps ?? {})) {
        if (!step.startsWith(`${feature.name}.`)) {
          throw new FeatureRegistryError(`Step "${step}" of ${feature.name} must be prefixed with "${feature.name}."`);
        }
        claim(this.steps, "Step", step, handler);
      }
      for (const kind of feature.jobs ?? []) claim(this.jobs, "Job kind", kind.kind, kind);
      if (feature.messages) this.messages.add(feature.name, feature.messages);
      this.help.push(...(feature.help ?? []));
      if (feature.handoff) {
        if (handoff) throw new FeatureRegistryError(`Both ${handoff.feature} and ${feature.name} provide the hand-off`);
        handoff = { feature: feature.name, handler: feature.handoff };
      }
      if (feature.privacyGuard) {
        if (guard)
          throw new FeatureRegistryError(`Both ${guard.feature} and ${feature.name} provide the privacy guard`);
        guard = { feature: feature.name, handler: feature.privacyGuard };
      }
    }
    this.handoff = handoff?.handler;
    this.privacyGuard = guard?.handler;
  }

  /** Intents some feature handles: the only ones the NLU trains. */
  handledIntents(): string[] {
    return [...this.intents.keys()];
  }

  jobKinds(): JobKind<unknown>[] {
    return [...this.jobs.values()].map((owned) => owned.handler);
  }
}
