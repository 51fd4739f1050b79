// The task part of a sweep: every reminder, end of snooze and escalation step due and not yet recorded is sent
// (one delivery per recipient, keyed, so a rerun after a crash sends nothing twice) and recorded in the history.
import type { JobContext } from "../../../core/feature.ts";

import type { Governance } from "../runtime.ts";
import { type GovernanceTask, recordEvent, recordedKeys } from "../tasks/task-store.ts";
import { dueMessages, type TaskMessage } from "./plan.ts";
import { recipientsOf } from "./recipients.ts";
import { composeTaskMessage } from "./task-message.ts";

type Logger = JobContext["log"];

const EVENT: Record<TaskMessage["kind"], string> = {
  reminder: "reminded",
  "snooze-end": "snooze_ended",
  overdue: "escalated",
};

export async function sendTaskMessages(gov: Governance, log: Logger): Promise<number> {
  const { db, clock } = gov.services;
  const now = clock.now();
  const tasks = await db.governanceTask.findMany({
    where: { status: "open", OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }] },
    orderBy: { dueAt: "asc" },
  });
  const wholeBoard = new Set(gov.files.rules.filter((r) => r.remindWholeBoard).map((r) => r.key));
  const done = await recordedKeys(
    db,
    tasks.map((t) => t.id),
  );
  let sent = 0;
  for (const task of tasks) {
    for (const message of dueMessages(task, now, gov.plan)) {
      if (done.has(message.key)) continue;
      await sendOne(gov, task, message, wholeBoard.has(task.ruleKey ?? "") && message.kind !== "overdue");
      sent++;
    }
  }
  if (sent) log.info({ sent }, "governance reminders and escalations sent");
  return sent;
}

async function sendOne(gov: Governance, task: GovernanceTask, message: TaskMessage, wholeBoard: boolean) {
  const { db, outbound, clock } = gov.services;
  const now = clock.now();
  const to = await recipientsOf(db, task, message, wholeBoard);
  const names = new Map<number, string>();
  if (task.ownerId) {
    const owner = await db.member.findUnique({ where: { id: task.ownerId }, select: { displayName: true } });
    if (owner) names.set(task.ownerId, owner.displayName);
  }
  if (to.length) {
    await outbound.send({
      audience: { memberIds: to.map((r) => r.id) },
      key: message.key,
      compose: (_member, t, locale) => [composeTaskMessage(task, message, { t, locale, zone: gov.zone, now, names })],
    });
  }
  const step =
    message.kind === "reminder" ? { lead: message.lead } : message.kind === "overdue" ? { level: message.level } : {};
  await recordEvent(db, task.id, EVENT[message.kind], now, {
    key: message.key,
    ...step,
    to: to.map((r) => r.displayName),
  });
}
