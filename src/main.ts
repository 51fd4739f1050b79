// Composition root of `npm start`: configuration, the app, the enabled channels, the scheduler, shutdown.
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "./app.ts";
import type { ChannelAdapter } from "./channels/channel.ts";
import { ConsoleChannel } from "./channels/console/console-channel.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { systemClock } from "./core/clock.ts";
import { findPersona, PERSONAS } from "./demo/personas.ts";
import { createLogger } from "./log.ts";
import { loadDotEnv } from "./util/dotenv.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { as: { type: "string", default: "gp" } }, strict: true });
  loadDotEnv();
  const config = readConfigOrExit();
  const persona = findPersona(values.as ?? "gp");
  if (!persona) exit(`Unknown persona "${values.as}". Choose one of: ${PERSONAS.map((p) => p.key).join(", ")}`);

  // Only the console channel exists so far; Slack and Discord start here when configured.
  const log = createLogger(config, path.join(config.dataDir, "bot.log"));
  process.stdout.write(config.defaultLocale === "fr" ? "Démarrage de l'assistant…\n" : "Starting the assistant…\n");
  const app = await createApp(config, { log });
  const terminal = new ConsoleChannel({
    bot: app.bot,
    input: process.stdin,
    output: process.stdout,
    persona,
    locale: config.defaultLocale,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    clock: systemClock,
  });
  const channels: ChannelAdapter[] = [terminal];
  for (const channel of channels) {
    await channel.start();
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
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));
  await terminal.closed;
  await shutdown("console closed");
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
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
