// What the coordination team and the director do with the catalogue in chat: create and edit a mission
// with its form, publish a draft (the engine's offers start), cancel with a reason, open a mission's card.
import type { ActionHandler, FormHandler, HandlerContext } from "../../../core/feature.ts";
import { onAction, onForm } from "../../../core/feature.ts";
import { requireRole } from "../../../core/preconditions.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { afterMissionEdit } from "../engine/after-edit.ts";
import { openMission } from "../engine/lifecycle.ts";
import { cancelForm, cancelFromForm } from "./cancel-form.ts";
import { createForm, editForm, fieldLabels, missionFormButton } from "./mission-form.ts";
import { createMission, editMission } from "./mission-store.ts";
import { readMissionForm } from "./read-mission-form.ts";
import { publish, showTeamCard, teamCard } from "./team-card.ts";

/** The coordination team and the director; anyone else is told who may. */
export const teamOnly = () => [requireRole("coordinator", "director")];

const change = (ctx: HandlerContext) => ({ actorId: ctx.member.id, now: ctx.services.clock.now() });

/** What was wrong, and the form again as it was filled. */
async function formProblems(
  ctx: HandlerContext,
  problems: string[],
  values: Record<string, string>,
  missionId?: number,
): Promise<Reply> {
  const again = await missionFormButton(ctx, ctx.t("missions.form.again"), {
    initial: values,
    ...(missionId === undefined ? {} : { missionId }),
  });
  return ephemeral(withButtons(reply(ctx.t("missions.form.problems"), ...problems.map((p) => `• ${p}`)), again));
}

async function create(ctx: HandlerContext, values: Record<string, string>): Promise<Reply[]> {
  const read = readMissionForm(ctx, values);
  if (!read.ok) return [await formProblems(ctx, read.problems, values)];
  const mission = await createMission(ctx.services.db, read.fields, change(ctx));
  ctx.log.info({ missionId: mission.id }, "mission created in chat");
  return [reply(ctx.t("missions.created", { id: mission.id })), await teamCard(ctx, mission.id)];
}

async function edit(ctx: HandlerContext, missionId: number, values: Record<string, string>): Promise<Reply[]> {
  const stored = await ctx.services.db.mission.findUnique({ where: { id: missionId }, select: { startsAt: true } });
  if (!stored) return [ephemeral(reply(ctx.t("missions.error.notFound", { id: missionId })))];
  const read = readMissionForm(ctx, values, stored.startsAt);
  if (!read.ok) return [await formProblems(ctx, read.problems, values, missionId)];
  const result = await editMission(ctx.services.db, missionId, read.fields, change(ctx));
  if (!result.ok) return [ephemeral(reply(ctx.t(result.error, result.params)))];
  const { changed } = result.value;
  if (changed.length) await afterMissionEdit(ctx.services, { missionId, now: ctx.services.clock.now() });
  const fields = fieldLabels(ctx, changed);
  const said = changed.length ? ctx.t("missions.edited", { id: missionId, fields }) : ctx.t("missions.unchanged");
  return [reply(said), await teamCard(ctx, missionId)];
}

async function publishDraft(ctx: HandlerContext, missionId: number): Promise<Reply[]> {
  const opened = await openMission(ctx.services, { missionId, ...change(ctx) });
  if (!opened.ok) return [ephemeral(reply(ctx.t(opened.error, opened.params)))];
  ctx.log.info({ missionId }, "mission published");
  return [
    { ...(await teamCard(ctx, missionId)), replaceOriginal: true },
    reply(ctx.t("missions.published", { id: missionId })),
  ];
}

export const catalogueActions: ActionHandler<unknown>[] = [
  onAction(showTeamCard, (ctx, id) => teamCard(ctx, id), teamOnly()),
  onAction(publish, publishDraft, teamOnly()),
];

export const catalogueForms: FormHandler<unknown>[] = [
  onForm(createForm, (ctx, _args, values) => create(ctx, values), teamOnly()),
  onForm(editForm, (ctx, id, values) => edit(ctx, id, values), teamOnly()),
  onForm(cancelForm, (ctx, id, values) => cancelFromForm(ctx, id, values), teamOnly()),
];
