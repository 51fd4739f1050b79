import { describe, expect, it } from "vitest";
import { slackSettings } from "../../src/channels/slack/slack-settings.ts";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { defineSettings } from "../../src/core/settings.ts";
import { coordinationSettings } from "../../src/features/coordination/settings.ts";

/** Slack's settings as the configuration reads them (undefined: Slack is not enabled). */
const slackOf = (env: Record<string, string>) => loadConfig(env, [slackSettings]).settings.of(slackSettings);

describe("configuration", () => {
  it("runs on the embedded defaults with an empty environment", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe("file:./data/bot.db");
    expect(config.timezone).toBe("Europe/Paris");
    expect(config.defaultLocale).toBe("fr");
    expect(config.seedDemo).toBe(true);
  });

  it("names every malformed variable and the value it got", () => {
    try {
      loadConfig({ DATABASE_URL: "postgres://db", NLU_CONFIDENCE_THRESHOLD: "high", TIMEZONE: "Paris" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/DATABASE_URL: .*"postgres:\/\/db"/);
      expect(message).toMatch(/NLU_CONFIDENCE_THRESHOLD: .*"high"/);
      expect(message).toMatch(/TIMEZONE: .*IANA/);
    }
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ LOG_LEVEL: "", SEED_DEMO: "false" })).toMatchObject({
      log: { level: "info" },
      seedDemo: false,
    });
  });

  it("enables Slack in Socket Mode with two tokens, or over HTTP with the signing secret", () => {
    expect(slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })).toEqual({
      mode: "socket",
      botToken: "xoxb-1",
      appToken: "xapp-1",
    });
    expect(slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s3cr3t-s3cr3t", SLACK_PORT: "8080" })).toEqual({
      mode: "http",
      botToken: "xoxb-1",
      signingSecret: "s3cr3t-s3cr3t",
      port: 8080,
    });
    expect(
      slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: "http://127.0.0.1:9/api" })
        ?.apiUrl,
    ).toBe("http://127.0.0.1:9/api/");
    expect(slackOf({})).toBeUndefined();
  });

  it("names what is missing or wrong in a Slack configuration", () => {
    expect(() => slackOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_APP_TOKEN: required for Socket Mode/);
    expect(() => slackOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_MODE: "http" })).toThrow(
      /SLACK_SIGNING_SECRET: required when SLACK_MODE=http/,
    );
    expect(() => slackOf({ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_APP_TOKEN: "xapp-1" })).toThrow(
      /SLACK_BOT_TOKEN: must be a bot token/,
    );
    expect(() => slackOf({ SLACK_APP_TOKEN: "xapp-1" })).toThrow(
      /SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set/,
    );
  });

  it("validates a feature's own settings with the rest, naming the variable", () => {
    expect(loadConfig({}, [coordinationSettings]).settings.of(coordinationSettings)).toEqual({ reminderMinutes: 120 });
    const team = loadConfig({ COORDINATION_CHANNEL: "slack:T01:C02" }, [coordinationSettings]).settings;
    expect(team.of(coordinationSettings).channel).toEqual({
      channel: "slack",
      workspaceId: "T01",
      conversationId: "C02",
    });
    expect(() =>
      loadConfig({ COORDINATION_CHANNEL: "#coordination", TIMEZONE: "Paris" }, [coordinationSettings]),
    ).toThrow(/TIMEZONE: .*IANA[\s\S]*COORDINATION_CHANNEL: must look like/);
  });

  it("refuses to hand out the settings of a group that was not loaded", () => {
    const other = defineSettings({ name: "other", title: "", variables: {}, read: () => ({}) });
    expect(() => loadConfig({}).settings.of(other)).toThrow(/Settings "other" were not loaded/);
  });
});
