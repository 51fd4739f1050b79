import type { Feature } from "../../core/feature.ts";
import { eraseHandler, erasureRequestedJob } from "./erasure.ts";
import { privacyMessages } from "./messages.ts";
import { myDataReply } from "./my-data.ts";
import { patientDataGuard } from "./privacy-guard.ts";

/**
 * Privacy: the guard that keeps patient identifiers out of the bot (with its once-per-conversation
 * notice), "what do you keep about me?", and erasure requests handed to the coordination team.
 */
export const privacyFeature: Feature = {
  name: "privacy",
  messages: privacyMessages,
  provides: { privacyGuard: patientDataGuard },
  intents: {
    "privacy.mydata": { run: (ctx) => myDataReply(ctx) },
  },
  commands: [
    {
      name: "mesdonnees",
      aliases: ["mydata"],
      description: "privacy.command.description",
      run: (ctx) => myDataReply(ctx),
    },
  ],
  actions: [eraseHandler],
  jobs: [erasureRequestedJob],
  help: [{ key: "privacy.help.entry" }],
};
