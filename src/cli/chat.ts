// npm run chat -- --as <persona> "message" [--json]: one answer from the bot, then exit.
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../app.ts";
import { consoleEvent } from "../channels/console/console-channel.ts";
import { consoleTexts } from "../channels/console/console-messages.ts";
import { renderReplies } from "../channels/console/render.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { systemClock } from "../core/clock.ts";
import type { InboundPayload } from "../core/inbound.ts";
import type {
  ConversationTarget,
  DeliveryChannel,
  IdentityTarget,
  PostedMessages,
  SentMessage,
} from "../core/outbound-port.ts";
import { FeatureRegistry } from "../core/registry.ts";
import type { Reply } from "../core/reply.ts";
import { findPersona, loadPersonas } from "../demo/personas.ts";
import { features } from "../features/index.ts";
import { createLogger } from "../log.ts";
import { loadDotEnv } from "../util/dotenv.ts";

const usage = (keys: string[]) => `Usage: npm run chat -- --as <${keys.join("|")}> [--json] "message"
       npm run chat -- --as <persona> "/command arguments"    (a slash command, as typed in the terminal)
       npm run chat -- --as <persona> --action <action id>    (a button click)`;

/** What the line is: a button click, a slash command (« /lier ABCD-EFGH »), or a message. */
function payloadOf(message: string, action: string | undefined): InboundPayload {
  if (action) return { type: "action", actionId: action };
  const command = /^\/(\S+)\s*(.*)$/s.exec(message);
  return command ? { type: "command", command: command[1]!, text: command[2]! } : { type: "text", text: message };
}

interface Delivery {
  to: string;
  replies: Reply[];
}

/** Collects proactive messages sent while handling the message, to print them after the answer. */
class CollectingChannel implements DeliveryChannel {
  readonly name = "console" as const;
  readonly deliveries: Delivery[] = [];
  async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    this.deliveries.push({ to: target.externalUserId, replies });
    return { directConversationId: `dm-${target.externalUserId}` };
  }
  async postTo(target: ConversationTarget, replies: Reply[]) {
    this.deliveries.push({ to: target.conversationId, replies });
    return undefined;
  }
  async edit(posted: PostedMessages, replies: Reply[]) {
    this.deliveries.push({ to: posted.conversationId, replies });
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      as: { type: "string", default: "gp" },
      json: { type: "boolean", default: false },
      action: { type: "string" },
    },
    allowPositionals: true,
  });
  const personas = await loadPersonas();
  const persona = findPersona(personas, values.as ?? "gp");
  const message = positionals.join(" ").trim();
  if (!persona || (!message && !values.action)) {
    const keys = personas.map((p) => p.key);
    process.stderr.write(`${persona ? "" : `Unknown persona "${values.as}".\n`}${usage(keys)}\n`);
    return 64; // EX_USAGE
  }
  loadDotEnv();
  const registry = new FeatureRegistry(features);
  const config = loadConfig(process.env, registry.settings());
  const app = await createApp(config, { log: createLogger(config, path.join(config.dataDir, "bot.log")), registry });
  const collector = new CollectingChannel();
  app.outbound.attach(collector);
  try {
    const payload = payloadOf(message, values.action);
    const response = await app.bot.handle(consoleEvent(persona, payload, systemClock.now()));
    // Proactive messages are deliveries sent by jobs: run the ones this message made due.
    await app.scheduler.tick();
    const { clicked } = response;
    const replies = clicked?.kind === "replace" ? [clicked.reply, ...response.replies] : response.replies;
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({ persona: persona.key, ...response, deliveries: collector.deliveries }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(`${render(replies, config.defaultLocale)}\n`);
      for (const d of collector.deliveries) {
        const name = findPersona(personas, d.to)?.displayName ?? d.to;
        process.stdout.write(
          `\n${consoleTexts[config.defaultLocale].directMessageTo(name)}\n${render(d.replies, config.defaultLocale)}\n`,
        );
      }
    }
    return 0;
  } finally {
    await app.close();
  }
}

function render(replies: Reply[], locale: "fr" | "en"): string {
  const { ephemeral, updated } = consoleTexts[locale];
  return renderReplies(replies, {
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    labels: { ephemeral, updated },
  }).text;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exitCode = error instanceof ConfigError ? 78 : 1;
}
