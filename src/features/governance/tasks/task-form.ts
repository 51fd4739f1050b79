// Creating and editing a task (président(s), director, coordinators): one form, prefilled when editing.
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, type Form, type Reply, reply } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { planSweeps } from "../reminders/plan-sweeps.ts";
import { isOwnerRole, OWNER_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { isoDay } from "../time/business-clock.ts";
import { readDateTime } from "../time/read-date.ts";
import { RECURRENCE_PRESETS } from "../time/recurrence.ts";
import { taskForm } from "./task-actions.ts";
import { createTask, editTask, type GovernanceTask, type NewTask } from "./task-store.ts";

const CATEGORIES = ["instances", "legal", "finance", "funders", "hr"] as const;
const ME = "me";
const NONE = "none";

function presetOf(rrule: string | null): string {
  const found = Object.entries(RECURRENCE_PRESETS).find(([, value]) => value === rrule);
  return found ? found[0] : NONE;
}

export function taskFormOf(ctx: HandlerContext, gov: Governance, task?: GovernanceTask): Form {
  const { t } = ctx;
  const initial = (value: string | undefined) => (value ? { initial: value } : {});
  return {
    actionId: taskForm.id(task?.id ?? 0),
    title: t(task ? "governance.form.task.editTitle" : "governance.form.task.title"),
    submitLabel: t("governance.form.task.submit"),
    fields: [
      { name: "title", label: t("governance.form.task.name"), kind: "text", ...initial(task?.title) },
      {
        name: "due",
        label: t("governance.form.task.due"),
        kind: "text",
        hint: t("governance.form.task.dueHint"),
        ...initial(task ? isoDay(gov.clock.dayOf(task.dueAt)) : undefined),
      },
      {
        name: "owner",
        label: t("governance.form.task.owner"),
        kind: "select",
        options: [
          ...OWNER_ROLES.map((role) => ({ value: role, label: t(`governance.position.${role}`) })),
          { value: ME, label: t("governance.form.task.ownerMe") },
        ],
        ...initial(task ? (task.ownerRole ?? ME) : undefined),
      },
      {
        name: "category",
        label: t("governance.form.task.category"),
        kind: "select",
        options: CATEGORIES.map((c) => ({ value: c, label: t(`governance.category.${c}`) })),
        ...initial(task?.category),
      },
      {
        name: "recurrence",
        label: t("governance.form.task.recurrence"),
        kind: "select",
        options: [NONE, ...Object.keys(RECURRENCE_PRESETS)].map((p) => ({
          value: p,
          label: t(`governance.recurrence.${p}`),
        })),
        initial: presetOf(task?.recurrence ?? null),
      },
      { name: "leads", label: t("governance.form.task.leads"), kind: "text", initial: task?.leadDays ?? "30,7,1" },
      {
        name: "description",
        label: t("governance.form.task.description"),
        kind: "paragraph",
        optional: true,
        ...initial(task?.description ?? undefined),
      },
    ],
  };
}

export const newTaskButton = (ctx: HandlerContext, gov: Governance): Button => ({
  label: ctx.t("governance.button.newTask"),
  actionId: taskForm.id(0),
  opensForm: taskFormOf(ctx, gov),
});

function readForm(
  ctx: HandlerContext,
  gov: Governance,
  values: Record<string, string>,
): NewTask | { problems: string[] } {
  const problems: string[] = [];
  const title = (values.title ?? "").trim();
  if (title.length < 3) problems.push(ctx.t("governance.form.error.title"));
  const day = readDateTime(values.due ?? "", ctx.locale, gov.zone, ctx.services.clock.now());
  if (!day) problems.push(ctx.t("governance.form.error.due", { written: escapeMarkdown(values.due ?? "") }));
  const owner = values.owner ?? "";
  if (owner !== ME && !isOwnerRole(owner)) problems.push(ctx.t("governance.form.error.owner"));
  const category = values.category as (typeof CATEGORIES)[number];
  if (!CATEGORIES.includes(category)) problems.push(ctx.t("governance.form.error.category"));
  const leads = (values.leads ?? "")
    .split(/[,; ]+/)
    .filter(Boolean)
    .map(Number);
  if (leads.length === 0 || leads.some((d) => !Number.isInteger(d) || d < 1 || d > 365))
    problems.push(ctx.t("governance.form.error.leads", { written: escapeMarkdown(values.leads ?? "") }));
  const preset = values.recurrence ?? NONE;
  if (problems.length || !day) return { problems };
  return {
    title,
    description: (values.description ?? "").trim() || null,
    category,
    dueAt: gov.clock.closeOf(day),
    leadDays: [...new Set(leads)].sort((a, b) => b - a).join(","),
    recurrence: RECURRENCE_PRESETS[preset as keyof typeof RECURRENCE_PRESETS] ?? null,
    ownerRole: owner === ME ? null : (owner as NewTask["ownerRole"]),
    ownerId: owner === ME ? ctx.member.id : null,
  };
}

/** The form submitted: a new task (id 0) or the task edited; its sweeps planned. */
export async function submitTaskForm(
  ctx: HandlerContext,
  gov: Governance,
  taskId: number,
  values: Record<string, string>,
): Promise<Reply> {
  const read = readForm(ctx, gov, values);
  if ("problems" in read) return reply(ctx.t("governance.form.problems"), ...read.problems.map((p) => `• ${p}`));
  const { db, clock } = ctx.services;
  let task: GovernanceTask;
  if (taskId === 0) task = await createTask(db, read, ctx.member.id, clock.now());
  else {
    const edited = await editTask(db, taskId, read, ctx.member.id, clock.now());
    if (!edited.ok) return reply(ctx.t(edited.error));
    task = edited.value;
  }
  await planSweeps(gov, { tasks: [task], meetings: [] });
  ctx.log.info({ taskId: task.id, edited: taskId !== 0 }, "governance task saved");
  return reply(
    ctx.t(taskId === 0 ? "governance.form.task.created" : "governance.form.task.edited", {
      title: escapeMarkdown(task.title),
      date: formatDate(task.dueAt, ctx.locale, gov.zone),
    }),
  );
}
