import type { ChannelAdapter } from "../../src/channels/channel.ts";
import type { TestBot } from "./test-bot.ts";

/** A channel running on the test bot, restartable as the bot would be. */
export interface RunningChannel<C extends ChannelAdapter> {
  readonly channel: C;
  /** Stops the channel and starts a new one on the same database, as a restart of the bot would. */
  restart(): Promise<void>;
  /** Stops the channel, then the fake platform and the test bot. */
  stop(): Promise<void>;
}

/**
 * Starts the channel `make` builds, attached to the test bot's outbound port; if it fails to start, the
 * fake platform and the bot are stopped before the error is thrown.
 */
export async function runChannel<C extends ChannelAdapter>(
  t: TestBot,
  fake: { stop(): Promise<void> },
  make: () => C,
): Promise<RunningChannel<C>> {
  let channel = make();
  const start = async () => {
    t.outbound.attach(channel);
    await channel.start(t.bot);
  };
  const stop = async () => {
    await channel.stop();
    await fake.stop();
    await t.close();
  };
  await start().catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    get channel() {
      return channel;
    },
    async restart() {
      await channel.stop();
      channel = make();
      await start();
    },
    stop,
  };
}
