import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";

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
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack).toEqual({
      mode: "socket",
      botToken: "xoxb-1",
      appToken: "xapp-1",
    });
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s3cr3t-s3cr3t", SLACK_PORT: "8080" }).slack,
    ).toEqual({
      mode: "http",
      botToken: "xoxb-1",
      signingSecret: "s3cr3t-s3cr3t",
      port: 8080,
    });
    expect(
      loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: "http://127.0.0.1:9/api" })
        .slack?.apiUrl,
    ).toBe("http://127.0.0.1:9/api/");
    expect(loadConfig({}).slack).toBeUndefined();
  });

  it("names what is missing or wrong in a Slack configuration", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_APP_TOKEN: required for Socket Mode/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_MODE: "http" })).toThrow(
      /SLACK_SIGNING_SECRET: required when SLACK_MODE=http/,
    );
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_APP_TOKEN: "xapp-1" })).toThrow(
      /SLACK_BOT_TOKEN: must be a bot token/,
    );
    expect(() => loadConfig({ SLACK_APP_TOKEN: "xapp-1" })).toThrow(
      /SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set/,
    );
  });
});
