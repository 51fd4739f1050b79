// « mes tâches »: a board member's tasks and the rest of the board's; every task for the director and the
// coordinators; with buttons to act and, for the managers, to add a task or a meeting.
import type { HandlerContext } from "../../../core/feature.ts";
import { type Reply, reply, withButtons } from "../../../core/reply.ts";
import { newMeetingButton } from "../meetings/meeting-form.ts";
import { isManager } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { mayHandle, owns, visibleWhere } from "./permissions.ts";
import { newTaskButton } from "./task-form.ts";
import type { GovernanceTask } from "./task-store.ts";
import { taskCard, type ViewContext } from "./task-view.ts";

/** Tasks shown as cards; more are counted. */
const SHOWN = 6;

async function namesOf(gov: Governance, tasks: readonly GovernanceTask[]): Promise<Map<number, string>> {
  const ids = [...new Set(tasks.flatMap((t) => (t.ownerId ? [t.ownerId] : [])))];
  const rows = await gov.services.db.member.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

const viewOf = (ctx: HandlerContext, gov: Governance, names?: ReadonlyMap<number, string>): ViewContext => ({
  t: ctx.t,
  locale: ctx.locale,
  zone: gov.zone,
  now: ctx.services.clock.now(),
  ...(names ? { names } : {}),
});

export async function listTasks(ctx: HandlerContext, gov: Governance): Promise<Reply[]> {
  const { db } = ctx.services;
  const tasks = await db.governanceTask.findMany({
    where: { status: "open", ...visibleWhere(ctx.member) },
    orderBy: { dueAt: "asc" },
  });
  const names = await namesOf(gov, tasks);
  const view = viewOf(ctx, gov, names);
  const manage = isManager(ctx.member);
  const mine = tasks.filter((task) => owns(ctx.member, task));
  const others = tasks.filter((task) => !mine.includes(task));
  const replies: Reply[] = [];
  const header = tasks.length
    ? ctx.t("governance.tasks.title", { mine: mine.length, others: others.length })
    : ctx.t("governance.tasks.none");
  const managerButtons = manage ? [newTaskButton(ctx, gov), newMeetingButton(ctx)] : [];
  replies.push(withButtons(reply(header), ...managerButtons));
  for (const task of [...mine, ...others].slice(0, SHOWN)) {
    replies.push(taskCard(task, view, { handle: mayHandle(ctx.member, task), manage }));
  }
  if (tasks.length > SHOWN) replies.push(reply(ctx.t("governance.tasks.more", { count: tasks.length - SHOWN })));
  return replies;
}
