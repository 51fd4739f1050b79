// « PV envoyé », « comptes déposés à la préfecture », « reporte à lundi, on attend le devis »: a message of the
// governance.done intent completes (or snoozes) the task it names among the member's open tasks; when it could be
// several, the member picks with a button.
import type { HandlerContext, MessageContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { fold } from "../../../util/fold.ts";
import { formatDate } from "../../../util/time.ts";
import { planSweeps } from "../reminders/plan-sweeps.ts";
import type { Governance } from "../runtime.ts";
import { type LocalDay, parseIsoDay } from "../time/business-clock.ts";
import { decide, matchTasks } from "./match.ts";
import { mayHandle, visibleWhere } from "./permissions.ts";
import { snoozeButton, snoozeUntil } from "./snooze.ts";
import { pickDoneAction } from "./task-actions.ts";
import { completeTask, type GovernanceTask } from "./task-store.ts";

const SNOOZE_WORDS =
  /\b(report\w*|repouss\w*|decal\w*|relance[rz]?|rappelle[rz]?|plus tard|snooze\w*|postpone\w*|delay\w*|push\w* back|later|remind me)\b/;
const DEFAULT_SNOOZE_DAYS = 7;

async function handleable(ctx: HandlerContext): Promise<GovernanceTask[]> {
  const tasks = await ctx.services.db.governanceTask.findMany({
    where: { status: "open", ...visibleWhere(ctx.member) },
    orderBy: { dueAt: "asc" },
  });
  return tasks.filter((task) => mayHandle(ctx.member, task));
}

function candidatesOf(gov: Governance, tasks: readonly GovernanceTask[]) {
  const keywords = new Map(gov.files.rules.map((r) => [r.key, [...r.keywords.fr, ...r.keywords.en]]));
  return tasks.map((task) => ({ id: task.id, words: [task.title, ...(keywords.get(task.ruleKey ?? "") ?? [])] }));
}

/** Marks a task done and says so, with the next occurrence of a recurring one. */
export async function markDone(
  ctx: HandlerContext,
  gov: Governance,
  task: GovernanceTask,
  note: string | null,
): Promise<Reply> {
  if (!mayHandle(ctx.member, task))
    return ephemeral(reply(ctx.t("governance.task.notYours", { title: escapeMarkdown(task.title) })));
  const now = ctx.services.clock.now();
  const done = await completeTask(ctx.services.db, task.id, { memberId: ctx.member.id, note }, now, gov.zone);
  if (!done.ok) return ephemeral(reply(ctx.t("governance.task.notOpen")));
  ctx.log.info({ taskId: task.id }, "governance task done");
  const lines = [ctx.t("governance.done.ok", { title: escapeMarkdown(task.title) })];
  if (done.value.next) {
    await planSweeps(gov, { tasks: [done.value.next], meetings: [] });
    lines.push(ctx.t("governance.done.next", { date: formatDate(done.value.next.dueAt, ctx.locale, gov.zone) }));
  }
  return reply(...lines);
}

export async function doneFromMessage(ctx: MessageContext, gov: Governance): Promise<Reply> {
  const tasks = await handleable(ctx);
  if (SNOOZE_WORDS.test(fold(ctx.text))) return snoozeFromMessage(ctx, gov, tasks);
  if (tasks.length === 0) return reply(ctx.t("governance.done.nothingOpen"));
  const decision = decide(matchTasks(ctx.text, candidatesOf(gov, tasks)));
  if ("sure" in decision) return markDone(ctx, gov, tasks.find((t) => t.id === decision.sure)!, ctx.text);
  const choices = decision.choose.length
    ? decision.choose.map((id) => tasks.find((t) => t.id === id)!)
    : tasks.slice(0, 5);
  return withButtons(
    reply(ctx.t(decision.choose.length ? "governance.done.which" : "governance.done.unknown")),
    ...choices.map((task) => ({ label: short(task.title), actionId: pickDoneAction.id(task.id) })),
  );
}

async function snoozeFromMessage(ctx: MessageContext, gov: Governance, tasks: GovernanceTask[]): Promise<Reply> {
  if (tasks.length === 0) return reply(ctx.t("governance.done.nothingOpen"));
  const written = ctx.nlu.entities.date?.[0]?.value;
  const day: LocalDay =
    (written ? parseIsoDay(written) : undefined) ??
    gov.clock.shift(gov.clock.dayOf(ctx.services.clock.now()), { days: DEFAULT_SNOOZE_DAYS });
  const decision = decide(matchTasks(ctx.text, candidatesOf(gov, tasks)));
  if ("sure" in decision) return snoozeUntil(ctx, gov, tasks.find((t) => t.id === decision.sure)!, day, ctx.text);
  const choices = decision.choose.length
    ? decision.choose.map((id) => tasks.find((t) => t.id === id)!)
    : tasks.slice(0, 5);
  const until = `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
  return withButtons(
    reply(ctx.t("governance.snooze.which")),
    ...choices.map((task) => ({ ...snoozeButton(task, ctx.t, { until, reason: ctx.text }), label: short(task.title) })),
  );
}

const short = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title);
