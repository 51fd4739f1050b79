import type { z } from "zod";
import { CHANNEL_NAMES, type ConversationRef } from "./inbound.ts";

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

/** A conversation named in a setting (a team's channel, an announcement channel). */
export type ConversationAddress = Pick<ConversationRef, "channel" | "workspaceId" | "conversationId">;

const CONVERSATION_ADDRESS = new RegExp(`^(${CHANNEL_NAMES.join("|")}):([^:]+):([^:]+)$`);
/** How a setting names a conversation, for its doc and its error. */
const CONVERSATION_ADDRESS_FORMAT = `<${CHANNEL_NAMES.join("|")}>:<workspace id>:<conversation id>`;

/**
 * Reads `<channel>:<workspace>:<conversation>` (e.g. `slack:T0123:C0456`), the one way every setting
 * names a conversation; anything else is a {@link SettingsProblem} on `variable`.
 */
export function readConversationAddress(variable: string, value: string): ConversationAddress {
  const match = CONVERSATION_ADDRESS.exec(value);
  if (!match) throw new SettingsProblem(variable, `must look like "${CONVERSATION_ADDRESS_FORMAT}" (got "${value}")`);
  return { channel: match[1] as ConversationAddress["channel"], workspaceId: match[2]!, conversationId: match[3]! };
}
