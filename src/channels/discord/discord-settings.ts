import { z } from "zod";
import { defineSettings, SettingsProblem } from "../../core/settings.ts";

export interface DiscordSettings {
  token: string;
  applicationId: string;
  /** The network's server: slash commands are registered there, and identities are known by it. */
  guildId: string;
  /** REST base without a trailing slash (discord.js appends `/v10/…`); default Discord's. */
  apiUrl?: string;
}

const snowflake = z
  .string()
  .regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits: Developer Mode, then Copy ID)")
  .optional();

const REQUIRED = ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID"] as const;

/** Discord's variables: the channel is enabled when the three required ones are set, and refused when only some are. */
export const discordSettings = defineSettings({
  name: "discord",
  title:
    "Discord (optional). Setting DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_GUILD_ID enables the Discord channel.",
  variables: {
    DISCORD_TOKEN: {
      schema: z.string().min(20, "must be the bot token of the application (Bot → Reset Token)").optional(),
      doc: "Enables the Discord channel with the other two: the bot's token (Developer Portal → the application → Bot → Reset Token).",
    },
    DISCORD_APPLICATION_ID: {
      schema: snowflake,
      doc: "The application's id (Developer Portal → General Information → Application ID).",
    },
    DISCORD_GUILD_ID: {
      schema: snowflake,
      doc: "The network's Discord server (guild) id, where the slash commands are registered.",
    },
    DISCORD_API_URL: {
      schema: z.url({ protocol: /^https?$/ }).optional(),
      doc: "REST base URL (egress proxies, tests), e.g. `https://discord.com/api`; default Discord's.",
    },
  },
  read: (v): DiscordSettings | undefined => {
    const missing = REQUIRED.filter((name) => !v[name]);
    if (missing.length === REQUIRED.length) {
      if (v.DISCORD_API_URL) throw new SettingsProblem("DISCORD_TOKEN", "required when DISCORD_API_URL is set");
      return undefined;
    }
    if (missing.length) {
      const set = REQUIRED.filter((name) => v[name]).join(", ");
      throw new SettingsProblem(
        missing[0]!,
        `required when ${set} ${set.includes(",") ? "are" : "is"} set (missing: ${missing.join(", ")})`,
      );
    }
    return {
      token: v.DISCORD_TOKEN!,
      applicationId: v.DISCORD_APPLICATION_ID!,
      guildId: v.DISCORD_GUILD_ID!,
      // discord.js builds `${api}/v10/…`: a trailing slash would make `//v10`.
      ...(v.DISCORD_API_URL ? { apiUrl: v.DISCORD_API_URL.replace(/\/+$/, "") } : {}),
    };
  },
});
