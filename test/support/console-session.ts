import { ConsoleChannel } from "../../src/channels/console/console-channel.ts";
import { findPersona, loadPersonas } from "../../src/demo/personas.ts";
import { Terminal, until } from "./terminal.ts";
import type { TestBot } from "./test-bot.ts";

/** The terminal chat started on a test bot as a demo persona, French, without colours, on the bot's clock. */
export async function startConsole(
  t: TestBot,
  persona: string,
): Promise<{ terminal: Terminal; channel: ConsoleChannel }> {
  const personas = await loadPersonas();
  const terminal = new Terminal();
  const channel = new ConsoleChannel({
    input: terminal.input,
    output: terminal.output,
    personas,
    persona: findPersona(personas, persona)!,
    locale: "fr",
    color: false,
    clock: t.clock,
  });
  t.outbound.attach(channel);
  await channel.start(t.bot);
  await until(() => terminal.all.endsWith(`${persona}> `));
  return { terminal, channel };
}
