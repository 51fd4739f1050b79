import type { Config } from "../config.ts";
import type { ChannelAdapter, ChannelContext, ChannelDefinition } from "./channel.ts";
import { discordChannel } from "./discord/index.ts";
import { slackChannel } from "./slack/index.ts";

/**
 * The platforms the bot can run on, each started when its settings enable it. Adding a platform is
 * one line here (plus its folder and its tests). The terminal chat is the embedded default when none is.
 */
const channels: readonly ChannelDefinition[] = [slackChannel, discordChannel];

/** The settings of every platform, validated with the configuration (each only when it is enabled). */
export const channelSettings = () => channels.map((channel) => channel.settings);

/** Builds the adapters of the platforms the configuration enables, in the order of the list. */
export async function createEnabledChannels(config: Config, context: ChannelContext): Promise<ChannelAdapter[]> {
  const adapters: ChannelAdapter[] = [];
  for (const channel of channels) {
    const settings = config.settings.of(channel.settings);
    if (settings !== undefined) adapters.push(await channel.create(settings, context));
  }
  return adapters;
}

/** Whether the configuration enables some platform (else the terminal chat runs). */
export const anyChannelEnabled = (config: Config): boolean =>
  channels.some((channel) => config.settings.of(channel.settings) !== undefined);
