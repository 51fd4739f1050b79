import { type CommandHandler, type Feature, onAction } from "../../core/feature.ts";
import { requireRole } from "../../core/preconditions.ts";
import { addRole, chooseRole, morePage, removeRole, showMember } from "./actions.ts";
import { memberCard, rolesToAdd } from "./member-card.ts";
import { membersMessages } from "./messages.ts";
import { changeRoleFromChat } from "./role-change.ts";
import { nextPage, searchReply } from "./search-reply.ts";

/** The coordination team and the director; everyone else is told who may. */
const teamOnly = () => [requireRole("coordinator", "director")];

const searchCommand: CommandHandler = {
  name: "membres",
  aliases: ["members"],
  description: "members.command.search",
  usage: "members.command.search.usage",
  preconditions: teamOnly(),
  run: (ctx, text) => searchReply(ctx, text),
};

/**
 * The network's members: the member file (`npm run members:import`, see member-file/) and, for the
 * coordination team and the director, `/membres` to find members by name, role, profession or commune
 * and change their roles, each change confirmed and recorded with who made it.
 */
export const membersFeature: Feature = {
  name: "members",
  messages: membersMessages,
  commands: [searchCommand],
  actions: [
    onAction(morePage, (ctx, args) => nextPage(ctx, args), teamOnly()),
    onAction(showMember, (ctx, id) => memberCard(ctx, id), teamOnly()),
    onAction(chooseRole, (ctx, id) => rolesToAdd(ctx, id), teamOnly()),
    onAction(addRole, (ctx, args) => changeRoleFromChat(ctx, args, "add"), teamOnly()),
    onAction(removeRole, (ctx, args) => changeRoleFromChat(ctx, args, "remove"), teamOnly()),
  ],
  help: [{ key: "members.help", roles: ["coordinator", "director"] }],
};
