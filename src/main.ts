// Composition root of `npm start`: configuration, the app, the enabled channels, the scheduler, shutdown.
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "./app.ts";
import type { ChannelAdapter } from "./channels/channel.ts";
import { ConsoleChannel } from "./channels/console/console-channel.ts";
import { anyChannelEnabled, channelSettings, createEnabledChannels } from "./channels/index.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { systemClock } from "./core/clock.ts";
import { FeatureRegistry } from "./core/registry.ts";
import { findPersona, isNewcomerWord, loadPersonas, newcomerPersona } from "./demo/personas.ts";
import { features } from "./features/index.ts";
import { createLogger } from "./log.ts";
import { loadDotEnv } from "./util/dotenv.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: "string", default: "gp" } }, strict: true });
  loadDotEnv();
  const registry = new FeatureRegistry(features);
  const config = readConfigOrExit(registry);
  const personas = await loadPersonas();
  const asked = values.as ?? "gp";
  const persona = isNewcomerWord(asked)
    ? newcomerPersona(Date.now().toString(36).slice(-6))
    : findPersona(personas, asked);
  if (!persona) {
    exit(`Unknown persona "${asked}". Choose one of: ${personas.map((p) => p.key).join(", ")}, or nouveau`);
  }

  // The terminal is the embedded default: it runs when no platform is configured, and then the
  // chat owns standard output, so the logs go to a file.
  const consoleMode = !anyChannelEnabled(config);
  const log = createLogger(config, consoleMode ? path.join(config.dataDir, "bot.log") : undefined);
  if (consoleMode) {
    process.stdout.write(config.defaultLocale === "fr" ? "Démarrage de l'assistant…\n" : "Starting the assistant…\n");
  }
  const app = await createApp(config, { log, registry });
  const channels: ChannelAdapter[] = await createEnabledChannels(config, { config, log, clock: systemClock, registry });
  const terminal = consoleMode
    ? new ConsoleChannel({
        input: process.stdin,
        output: process.stdout,
        personas,
        persona,
        locale: config.defaultLocale,
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
        clock: systemClock,
      })
    : undefined;
  if (terminal) channels.push(terminal);
  for (const channel of channels) {
    await channel.start(app.bot);
    app.outbound.attach(channel);
  }
  await app.scheduler.start();
  log.info({ channels: channels.map((c) => c.name), startup: app.startup }, "bot started");

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string) =>
    (stopping ??= (async () => {
      log.info({ reason }, "shutting down");
      for (const channel of channels) app.outbound.detach(channel.name);
      await Promise.all(channels.map((c) => c.stop()));
      await app.close();
      log.info("stopped");
      log.flush();
    })());
  // A platform library's background task may reject where nothing awaits it (Slack's Socket Mode
  // client does when a reconnection fails or is cut by a stop): logged, it must not end the bot.
  process.on("unhandledRejection", (reason) =>
    log.error({ err: reason }, "a background task failed where nothing could catch it; the bot goes on"),
  );
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));
  if (terminal) {
    await terminal.closed;
    await shutdown("console closed");
  }
}

function readConfigOrExit(registry: FeatureRegistry): Config {
  try {
    return loadConfig(process.env, [...registry.settings(), ...channelSettings()]);
  } catch (error) {
    if (error instanceof ConfigError) exit(error.message);
    throw error;
  }
}

function exit(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(78); // EX_CONFIG
}

await main();
