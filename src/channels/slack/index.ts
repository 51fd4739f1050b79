import { defineChannel } from "../channel.ts";
import { type SlackSettings, slackSettings } from "./slack-settings.ts";

/** Slack on Bolt, enabled by SLACK_BOT_TOKEN; Bolt is loaded only then. */
export const slackChannel = defineChannel<SlackSettings>({
  name: "slack",
  settings: slackSettings,
  async create(settings, { log }) {
    const { SlackChannel } = await import("./slack-channel.ts");
    return new SlackChannel({ settings, log });
  },
});
