import type { Feature } from "../../core/feature.ts";
import { eraseHandler, erasureRequestedJob } from "./erasure.ts";
import { approveHandler, eraseJob } from "./erasure-approval.ts";
import { exportHandler, exportReply } from "./export.ts";
import { privacyMessages } from "./messages.ts";
import { myDataReply } from "./my-data.ts";
import { patientDataGuard } from "./privacy-guard.ts";

/**
 * Privacy: the guard that keeps patient identifiers out of the bot (with its once-per-conversation
 * notice), "what do you keep about me?", a copy of it as a file, and erasure: asked by the member,
 * approved by a coordinator, carried out by the bot.
 */
export const privacyFeature: Feature = {
  name: "privacy",
  messages: privacyMessages,
  provides: { privacyGuard: patientDataGuard },
  intents: {
    "privacy.mydata": { run: (ctx) => myDataReply(ctx) },
    "privacy.export": { run: (ctx) => exportReply(ctx) },
  },
  commands: [
    {
      name: "mesdonnees",
      aliases: ["mydata"],
      description: "privacy.command.description",
      usage: "privacy.command.usage",
      run: (ctx, text) => (/^\s*export/i.test(text) ? exportReply(ctx) : myDataReply(ctx)),
    },
  ],
  actions: [eraseHandler, approveHandler, exportHandler],
  jobs: [erasureRequestedJob, eraseJob] as Feature["jobs"],
  help: [{ key: "privacy.help.entry" }],
};
