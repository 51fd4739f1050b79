// `/missions`: for the coordination team and the director, the catalogue (`/missions`, `/missions 3`,
// `/missions brouillons`, `/missions nouvelle`); for a volunteer, the open missions and their cards.

import { UserError } from "../../core/errors.ts";
import type { CommandHandler, HandlerContext } from "../../core/feature.ts";
import { hasRole } from "../../core/members/member-profile.ts";
import { ephemeral, type Replies, reply, withButtons } from "../../core/reply.ts";
import { teamOnly } from "./catalogue/catalogue-handlers.ts";
import { catalogueByStatus, catalogueOverview, newMissionButton, statusNamed } from "./catalogue/catalogue-view.ts";
import { teamCard } from "./catalogue/team-card.ts";
import { browseReply } from "./commitments/browse.ts";
import { infoAnswer } from "./offers/answers.ts";

const NEW = /^(nouvelle|nouveau|new|creer|créer|create)$/i;
const NUMBER = /^(?:n°\s*|#)?(\d{1,9})$/i;

/** Refuses, naming who may, when the member is not of the team (the same words as every precondition). */
function requireTeam(ctx: HandlerContext): void {
  for (const check of teamOnly()) {
    const result = check.check(ctx);
    if (!result.ok) throw new UserError(result.code, result.params);
  }
}

async function run(ctx: HandlerContext, text: string): Promise<Replies> {
  const team = hasRole(ctx.member, "coordinator", "director");
  const argument = text.trim();
  if (NEW.test(argument)) {
    requireTeam(ctx);
    return ephemeral(withButtons(reply(ctx.t("missions.new.prompt")), await newMissionButton(ctx)));
  }
  const number = NUMBER.exec(argument);
  if (number) return team ? teamCard(ctx, Number(number[1])) : infoAnswer(ctx, Number(number[1]));
  const status = statusNamed(argument);
  if (status && team) return catalogueByStatus(ctx, status);
  return team ? catalogueOverview(ctx) : browseReply(ctx);
}

export const missionsCommand: CommandHandler = {
  name: "missions",
  description: "missions.command",
  usage: "missions.command.usage",
  run,
};
