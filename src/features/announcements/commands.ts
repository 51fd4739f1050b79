// `/annonce` for the director and the coordinators (write, list, reschedule, cancel, edit, withdraw,
// stats), `/annonces` for every member (their weekly digest).
import type { CommandHandler, HandlerContext } from "../../core/feature.ts";
import { requireRole } from "../../core/preconditions.ts";
import { type Replies, reply } from "../../core/reply.ts";
import { compact } from "../../util/fold.ts";
import { audienceListsReply, saveAudienceList } from "./audience-lists.ts";
import { startComposing } from "./compose.ts";
import { setDigest } from "./digest.ts";
import {
  cancelAnnouncement,
  editAnnouncement,
  listReply,
  reschedule,
  retractAnnouncement,
  statsReply,
} from "./manage.ts";

/** Who may announce; everyone else is told who can. */
export const announcers = () => [requireRole("director", "coordinator", { instead: "announcements.refused.instead" })];

type Verb = "list" | "stats" | "cancel" | "reschedule" | "edit" | "retract";

const VERBS: Record<string, Verb> = {
  liste: "list",
  list: "list",
  stats: "stats",
  annuler: "cancel",
  cancel: "cancel",
  reporter: "reschedule",
  deplacer: "reschedule",
  reschedule: "reschedule",
  modifier: "edit",
  edit: "edit",
  retirer: "retract",
  retract: "retract",
  withdraw: "retract",
};

const WITH_TEXT: ReadonlySet<Verb> = new Set(["reschedule", "edit"]);

function runVerb(ctx: HandlerContext, verb: Verb, id: number, rest: string): Promise<Replies> {
  switch (verb) {
    case "list":
      return listReply(ctx);
    case "stats":
      return statsReply(ctx, id);
    case "cancel":
      return cancelAnnouncement(ctx, id);
    case "reschedule":
      return reschedule(ctx, id, rest);
    case "edit":
      return editAnnouncement(ctx, id, rest);
    case "retract":
      return retractAnnouncement(ctx, id);
  }
}

async function announce(ctx: HandlerContext, text: string): Promise<Replies> {
  const [first = "", number = ""] = text.trim().split(/\s+/);
  const word = compact(first);
  if (word === "publics" || word === "audiences") return audienceListsReply(ctx);
  if (word === "public" || word === "audience") return saveAudienceList(ctx, text.trim().replace(/^\S+\s*/, ""));
  const verb = VERBS[word];
  if (!verb) return startComposing(ctx, text);
  if (verb === "list") return listReply(ctx);
  const id = Number(number);
  const restText = rawRest(text);
  if (!/^\d{1,9}$/.test(number) || (WITH_TEXT.has(verb) && !restText))
    return reply(ctx.t("announcements.command.usage"));
  return runVerb(ctx, verb, id, restText);
}

/** The text after the verb and the number, line breaks kept (an edited text may have several lines). */
const rawRest = (text: string): string => text.trim().replace(/^\S+\s+\S+\s*/, "");

export const announceCommand: CommandHandler = {
  name: "annonce",
  aliases: ["announce"],
  description: "announcements.command.description",
  usage: "announcements.command.usage.short",
  preconditions: announcers(),
  run: announce,
};

export const digestCommand: CommandHandler = {
  name: "annonces",
  aliases: ["announcements"],
  description: "announcements.digest.command.description",
  usage: "announcements.digest.command.usage",
  run: (ctx, text) => {
    const [first = "", ...rest] = text.trim().split(/\s+/);
    if (["resume", "digest"].includes(compact(first)) && rest.length) return setDigest(ctx, rest.join(" "));
    return reply(ctx.t("announcements.digest.ask"));
  },
};
