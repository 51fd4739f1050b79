import { pino } from "pino";
import { DiscordChannel } from "../../src/channels/discord/discord-channel.ts";
import type { DiscordSettings } from "../../src/channels/discord/discord-settings.ts";
import { seedDemo } from "../../src/demo/seed-demo.ts";
import { features } from "../../src/features/index.ts";
import { type RunningChannel, runChannel } from "./channel-harness.ts";
import { FakeDiscord, type FakeDiscordConfig, type StoredMessage } from "./fake-discord/index.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "./test-bot.ts";

export interface DiscordHarness extends RunningChannel<DiscordChannel> {
  fake: FakeDiscord;
  t: TestBot;
  settings: DiscordSettings;
}

export interface DiscordHarnessOptions extends Omit<TestBotOptions, "features"> {
  fake?: Partial<FakeDiscordConfig>;
  /** 0 makes every interaction take the deferred path. */
  deferAfterMs?: number;
  /** discord.js's own global pace (requests a second); Discord's is 50. */
  globalRequestsPerSecond?: number;
  /** Done to the fake before the channel starts. */
  prepare?: (fake: FakeDiscord) => void;
}

/**
 * The real Discord channel on discord.js, against a local Discord-compatible server, on the real core
 * with the installed features, the trained model and the fictional demo network.
 */
export async function startDiscordHarness(options: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start(options.fake);
  options.prepare?.(fake);
  const t = await createTestBot({ classifier: "trained", ...options, features });
  await seedDemo(t.services);
  const settings: DiscordSettings = {
    token: fake.config.token,
    applicationId: fake.config.applicationId,
    guildId: fake.config.guildId,
    apiUrl: fake.apiUrl,
  };
  const make = () =>
    new DiscordChannel({
      settings,
      log: options.log ?? pino({ level: "silent" }),
      registry: t.registry,
      defaultLocale: t.config.defaultLocale,
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      rest: { globalRequestsPerSecond: options.globalRequestsPerSecond ?? 500, retries: 2, timeout: 5000 },
    });
  // Object.assign keeps the running channel's getter: `channel` is the new one after a restart.
  return Object.assign(await runChannel(t, fake, make), { fake, t, settings });
}

interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  components?: Component[];
}

/** The buttons of a message the bot posted, in order. */
export function buttonsOf(message: Pick<StoredMessage, "components">): { customId: string; label: string }[] {
  return (message.components as Component[])
    .flatMap((row) => row.components ?? [])
    .map((b) => ({ customId: b.custom_id ?? "", label: b.label ?? "" }));
}

/** The button of a message whose label matches. */
export function buttonLabelled(message: StoredMessage, label: RegExp): { customId: string; label: string } {
  const button = buttonsOf(message).find((b) => label.test(b.label));
  if (!button)
    throw new Error(
      `no button ${label} in: ${buttonsOf(message)
        .map((b) => b.label)
        .join(", ")}`,
    );
  return button;
}
