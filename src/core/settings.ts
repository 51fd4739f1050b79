import type { z } from "zod";
import type { ChannelName } from "./inbound.ts";
import type { ConversationTarget } from "./outbound-port.ts";

/** One environment variable of a settings group: how it is checked, and what it is for. */
export interface EnvVariable {
  /** Checks the raw string (coercing as needed); a missing or empty variable reaches it as undefined. */
  schema: z.ZodType;
  /** What it does, for .env.example and the README's table (one sentence or two). */
  doc: string;
  /** What .env.example shows; the default when there is one, else nothing. */
  example?: string;
}

/** The values of a group's variables, as their schemas output them. */
export type EnvValues<V extends Record<string, EnvVariable>> = { [K in keyof V]: z.output<V[K]["schema"]> };

/**
 * A group of settings (the core's, a feature's or a channel's): its variables and how they become
 * typed settings. Validated once, at start, with every other group; `read` may refuse a combination
 * of values with a {@link SettingsProblem}.
 */
export interface SettingsDefinition<T = unknown> {
  /** Who the settings belong to ("core", "coordination", "slack"): a heading of .env.example. */
  name: string;
  /** One line under the heading: what the group is about. */
  title: string;
  variables: Record<string, EnvVariable>;
  read(values: Record<string, unknown>): T;
}

export function defineSettings<V extends Record<string, EnvVariable>, T>(definition: {
  name: string;
  title: string;
  variables: V;
  read(values: EnvValues<V>): T;
}): SettingsDefinition<T> {
  return definition as unknown as SettingsDefinition<T>;
}

/** A combination of values `read` refuses: the variable to fix, and why. */
export class SettingsProblem extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = "SettingsProblem";
  }
}

/** The validated settings of every group, looked up by the group's definition (typed). */
export class SettingsValues {
  constructor(private readonly values: ReadonlyMap<SettingsDefinition<unknown>, unknown>) {}

  of<T>(definition: SettingsDefinition<T>): T {
    if (!this.values.has(definition as SettingsDefinition<unknown>)) {
      throw new Error(`Settings "${definition.name}" were not loaded: is the feature or channel installed?`);
    }
    return this.values.get(definition as SettingsDefinition<unknown>) as T;
  }
}

const CONVERSATION = /^(console|slack|discord):([^:]+):([^:]+)$/;

/**
 * A conversation named in a setting, `<console|slack|discord>:<workspace>:<conversation>` (a team's or a board's
 * channel); refused with a {@link SettingsProblem} naming `variable` when it does not look like one.
 */
export function readConversation(variable: string, value: string): ConversationTarget {
  const match = CONVERSATION.exec(value);
  if (!match) {
    throw new SettingsProblem(
      variable,
      `must look like "<console|slack|discord>:<workspace id>:<conversation id>" (got "${value}")`,
    );
  }
  return { channel: match[1] as ChannelName, workspaceId: match[2]!, conversationId: match[3]! };
}
