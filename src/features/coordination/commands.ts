import type { CommandHandler, HandlerContext } from "../../core/feature.ts";
import { requireRole } from "../../core/preconditions.ts";
import { ephemeral, list, type Reply, reply, withButtons } from "../../core/reply.ts";
import { claimRequest } from "./actions.ts";
import { CoordinationRequests } from "./requests.ts";
import { answerRequest, takeRequest } from "./team-actions.ts";
import { requestLine } from "./team-view.ts";

const coordinatorsOnly = [requireRole("coordinator")];

/** "12 texte…" → [12, "texte…"]; undefined when there is no request number first. */
function numberThen(text: string): [number, string] | undefined {
  const match = /^\s*(?:n°\s*|#)?(\d{1,9})\b\s*(.*)$/is.exec(text);
  return match ? [Number(match[1]), (match[2] ?? "").trim()] : undefined;
}

const usage = (ctx: HandlerContext, key: string): Reply[] => [ephemeral(reply(ctx.t(key)))];

export const pendingCommand: CommandHandler = {
  name: "demandes",
  aliases: ["requests"],
  description: "coordination.command.pending",
  preconditions: coordinatorsOnly,
  async run(ctx) {
    const pending = await new CoordinationRequests(ctx.services.db).pending();
    if (pending.length === 0) return ephemeral(reply(ctx.t("coordination.team.list.empty")));
    const assignees = await ctx.services.db.member.findMany({
      where: { id: { in: pending.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])) } },
      select: { id: true, displayName: true },
    });
    const nameOf = (id: number | null) => assignees.find((a) => a.id === id)?.displayName;
    const open = pending.filter((r) => r.status === "open").slice(0, 5);
    return ephemeral(
      withButtons(
        reply(
          ctx.t("coordination.team.list.title", { count: pending.length }),
          list(pending.map((r) => requestLine(ctx, r, nameOf(r.assigneeId)))),
        ),
        ...open.map((r) => ({
          label: `${ctx.t("coordination.button.claim")} n°${r.id}`,
          actionId: claimRequest.id(r.id),
        })),
      ),
    );
  },
};

export const claimCommand: CommandHandler = {
  name: "prendre",
  aliases: ["claim"],
  description: "coordination.command.claim",
  usage: "coordination.command.claim.usage",
  preconditions: coordinatorsOnly,
  run(ctx, text) {
    const parsed = numberThen(text);
    return parsed ? takeRequest(ctx, parsed[0]) : usage(ctx, "coordination.usage.claim");
  },
};

export const answerCommand: CommandHandler = {
  name: "repondre",
  aliases: ["répondre", "answer"],
  description: "coordination.command.answer",
  usage: "coordination.command.answer.usage",
  preconditions: coordinatorsOnly,
  run(ctx, text) {
    const parsed = numberThen(text);
    return parsed?.[1] ? answerRequest(ctx, parsed[0], parsed[1]) : usage(ctx, "coordination.usage.answer");
  },
};
