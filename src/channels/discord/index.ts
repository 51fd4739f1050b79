import { defineChannel } from "../channel.ts";
import { type DiscordSettings, discordSettings } from "./discord-settings.ts";

/** Discord on discord.js, enabled by DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_GUILD_ID; discord.js is loaded only then. */
export const discordChannel = defineChannel<DiscordSettings>({
  name: "discord",
  settings: discordSettings,
  async create(settings, { log, registry, config }) {
    const { DiscordChannel } = await import("./discord-channel.ts");
    return new DiscordChannel({ settings, log, registry, defaultLocale: config.defaultLocale });
  },
});
