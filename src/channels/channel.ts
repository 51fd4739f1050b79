import type { Config } from "../config.ts";
import type { InboundSink } from "../core/bot.ts";
import type { Clock } from "../core/clock.ts";
import type { ChannelName } from "../core/inbound.ts";
import type { DeliveryChannel } from "../core/outbound-port.ts";
import type { FeatureRegistry } from "../core/registry.ts";
import type { SettingsDefinition } from "../core/settings.ts";
import type { Logger } from "../log.ts";

/**
 * A chat platform adapter: translates platform events into InboundEvents for the core, renders the
 * core's responses natively, and delivers proactive messages. Only files under src/channels/<name>/
 * import their platform's library.
 */
export interface ChannelAdapter extends DeliveryChannel {
  /** Starts receiving: every event goes to `sink`. Resolves once the channel is ready. */
  start(sink: InboundSink): Promise<void>;
  /** Stops receiving new events; events being handled finish through the core's drain. */
  stop(): Promise<void>;
}

export interface ChannelContext {
  config: Config;
  log: Logger;
  clock: Clock;
  /** The installed features: a platform that registers commands (Discord) builds them from theirs. */
  registry: FeatureRegistry;
}

/**
 * A platform the bot can run on: its settings (validated only when they enable it) and how to build
 * its adapter. Listed once in src/channels/index.ts; the composition root starts every enabled one.
 */
export interface ChannelDefinition<S = unknown> {
  name: ChannelName;
  /** The channel's variables; `read` returns undefined when they do not enable it. */
  settings: SettingsDefinition<S | undefined>;
  /** Builds the adapter. Imports the platform's library only now, so a channel not enabled costs nothing. */
  create(settings: S, context: ChannelContext): Promise<ChannelAdapter>;
}

/** A channel definition with its settings' type forgotten, for the registry's list. */
export const defineChannel = <S>(definition: ChannelDefinition<S>): ChannelDefinition<unknown> =>
  definition as unknown as ChannelDefinition<unknown>;
