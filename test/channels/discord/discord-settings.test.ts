import { describe, expect, it } from "vitest";
import { discordSettings } from "../../../src/channels/discord/discord-settings.ts";
import { loadConfig } from "../../../src/config.ts";

const discordOf = (env: Record<string, string>) => loadConfig(env, [discordSettings]).settings.of(discordSettings);
const ids = { DISCORD_APPLICATION_ID: "1100000000000000001", DISCORD_GUILD_ID: "1100000000000000002" };
const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.token-for-tests";

describe("the Discord settings", () => {
  it("enable the channel when the token, the application and the guild are set", () => {
    expect(discordOf({ DISCORD_TOKEN: TOKEN, ...ids })).toEqual({
      token: TOKEN,
      applicationId: "1100000000000000001",
      guildId: "1100000000000000002",
    });
    expect(discordOf({})).toBeUndefined();
  });

  it("take an API base for proxies and tests, without its trailing slash", () => {
    expect(discordOf({ DISCORD_TOKEN: TOKEN, ...ids, DISCORD_API_URL: "http://127.0.0.1:9/api/" })).toMatchObject({
      apiUrl: "http://127.0.0.1:9/api",
    });
  });

  it("name what is missing when only some are set", () => {
    expect(() => discordOf({ DISCORD_TOKEN: TOKEN })).toThrow(
      /DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set \(missing: DISCORD_APPLICATION_ID, DISCORD_GUILD_ID\)/,
    );
    expect(() => discordOf({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: ids.DISCORD_APPLICATION_ID })).toThrow(
      /DISCORD_GUILD_ID: required when DISCORD_TOKEN, DISCORD_APPLICATION_ID are set/,
    );
    expect(() => discordOf({ DISCORD_API_URL: "http://127.0.0.1:9/api" })).toThrow(/DISCORD_TOKEN: required/);
    expect(() => discordOf({ DISCORD_TOKEN: TOKEN, ...ids, DISCORD_GUILD_ID: "general" })).toThrow(/Discord id/);
  });
});
