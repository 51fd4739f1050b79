import { coreFeature } from "./core-feature.ts";
import type {
  ActionHandler,
  CommandHandler,
  Feature,
  FormHandler,
  HomeSection,
  IntentHandler,
  Provided,
  StepHandler,
} from "./feature.ts";
import type { HelpEntry } from "./help.ts";
import { Messages } from "./i18n.ts";
import type { JobKind } from "./job-kind.ts";
import type { SettingsDefinition } from "./settings.ts";

/** Two features claim the same intent, action, command, step, job kind or provided service. */
class FeatureRegistryError extends Error {}

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
  readonly steps = new Map<string, Owned<StepHandler<never>>>();
  readonly jobs = new Map<string, Owned<JobKind<unknown>>>();
  readonly help: HelpEntry[] = [];
  readonly messages = new Messages();
  /** The core services features provide, each by at most one feature. */
  readonly provided: Provided = {};
  readonly features: readonly Feature[];

  /** `features` are installed after the core's own messages, steps and jobs. */
  constructor(features: readonly Feature[]) {
    this.features = [coreFeature, ...features];
    const providers = new Map<keyof Provided, string>();
    for (const feature of this.features) {
      const claim = <T>(table: Map<string, Owned<T>>, what: string, key: string, handler: T) => {
        const owner = table.get(key);
        if (owner) {
          throw new FeatureRegistryError(`${what} "${key}" is registered by both ${owner.feature} and ${feature.name}`);
        }
        table.set(key, { feature: feature.name, handler });
      };
      for (const [intent, handler] of Object.entries(feature.intents ?? {})) {
        claim(this.intents, "Intent", intent, handler);
      }
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
      for (const [service, provider] of Object.entries(feature.provides ?? {}) as [keyof Provided, never][]) {
        const owner = providers.get(service);
        if (owner) throw new FeatureRegistryError(`Both ${owner} and ${feature.name} provide the ${service}`);
        providers.set(service, feature.name);
        this.provided[service] = provider;
      }
    }
    for (const entry of this.help) {
      if (!this.messages.has(entry.key)) throw new FeatureRegistryError(`Help line "${entry.key}" has no message`);
    }
    for (const { feature, handler } of this.commands.values()) {
      for (const key of [handler.description, handler.usage ?? handler.description]) {
        if (!this.messages.has(key)) {
          throw new FeatureRegistryError(`Command /${handler.name} of ${feature}: no message "${key}"`);
        }
      }
    }
  }

  /** Intents some feature handles: the only ones the NLU trains. */
  handledIntents(): string[] {
    return [...this.intents.keys()];
  }

  jobKinds(): JobKind<unknown>[] {
    return [...this.jobs.values()].map((owned) => owned.handler);
  }

  /** The settings the features declare, to validate with the configuration. */
  settings(): SettingsDefinition<unknown>[] {
    return this.features.flatMap((feature) => (feature.settings ? [feature.settings] : []));
  }

  /** Each command once (aliases point to the same handler), in the order of the features. */
  commandList(): CommandHandler[] {
    return [...new Set([...this.commands.values()].map((owned) => owned.handler))];
  }
}
