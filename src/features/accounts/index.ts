import { z } from "zod";
import { type Feature, type HandlerContext, type JobKind, onAction } from "../../core/feature.ts";
import { ephemeral, reply } from "../../core/reply.ts";
import { isChannel } from "./channel-names.ts";
import { linkCommand, prefer, preferenceOf, preferFromText, unlink, unlinkCommand } from "./handlers.ts";
import { LinkCodes } from "./link-codes.ts";
import { accountsMessages } from "./messages.ts";
import { codeAction, codeReply, overviewReply, preferAction, unlinkAction } from "./overview.ts";

/** Nightly: link codes and wrong attempts are kept a day, then dropped. */
const purgeJob: JobKind<Record<string, never>> = {
  kind: "accounts.purge",
  payload: z.object({}).strict(),
  every: "30 3 * * *",
  stale: { afterMs: 6 * 3600_000, action: "skip" },
  async run(_payload, { services, log }) {
    const purged = await new LinkCodes(services.db).purge(services.clock.now());
    log.info({ purged }, "link codes and attempts purged");
  },
};

/** A button id this feature no longer understands (from an older message). */
const stale = (ctx: HandlerContext) => ephemeral(reply(ctx.t("core.error.staleAction")));

/**
 * One person, several messaging apps: `/lier` gives a one-time code to type on the other app, and the
 * two identities become one member (the guest created there is merged in); `/delier` undoes it; the
 * member chooses where the bot writes to them (« écris-moi plutôt sur Slack »).
 */
export const accountsFeature: Feature = {
  name: "accounts",
  messages: accountsMessages,
  intents: {
    "accounts.link": { run: (ctx) => overviewReply(ctx) },
    "accounts.prefer-channel": { run: (ctx) => preferFromText(ctx, ctx.text) },
  },
  commands: [
    {
      name: "lier",
      aliases: ["link"],
      description: "accounts.command.link",
      usage: "accounts.command.link.usage",
      run: (ctx, text) => linkCommand(ctx, text),
    },
    {
      name: "delier",
      aliases: ["délier", "unlink"],
      description: "accounts.command.unlink",
      usage: "accounts.command.unlink.usage",
      run: (ctx, text) => unlinkCommand(ctx, text),
    },
    {
      name: "comptes",
      aliases: ["accounts"],
      description: "accounts.command.accounts",
      run: (ctx) => overviewReply(ctx),
    },
  ],
  actions: [
    onAction(codeAction, (ctx) => codeReply(ctx)),
    onAction(preferAction, (ctx, token) => {
      const choice = preferenceOf(token);
      return choice ? prefer(ctx, choice) : stale(ctx);
    }),
    onAction(unlinkAction, (ctx, token) => (isChannel(token) ? unlink(ctx, token) : stale(ctx))),
  ],
  jobs: [purgeJob as JobKind<unknown>],
  help: [{ key: "accounts.help" }],
};
