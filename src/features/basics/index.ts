import type { Feature } from "../../core/feature.ts";
import { reply } from "../../core/reply.ts";
import { answerFrom, greetingReply } from "./greeting.ts";
import { helpReply } from "./help.ts";
import { basicsMessages } from "./messages.ts";

/** Greeting, thanks and help: the conversation basics every member meets first. */
export const basicsFeature: Feature = {
  name: "basics",
  messages: basicsMessages,
  intents: {
    greeting: { run: (ctx) => greetingReply(ctx) },
    thanks: { run: (ctx) => reply(answerFrom(ctx, "thanks", "basics.thanks.fallback", {})) },
    help: { run: (ctx) => helpReply(ctx) },
  },
  help: [{ key: "basics.help.entry" }],
};
