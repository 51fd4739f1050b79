// The text of a reminder or an escalation, written for one recipient in their language.
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { context, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { snoozeButton } from "../tasks/snooze.ts";
import { doneAction } from "../tasks/task-actions.ts";
import type { GovernanceTask } from "../tasks/task-store.ts";
import { ownerLabel, whenLabel } from "../tasks/task-view.ts";
import type { TaskMessage } from "./plan.ts";

export function composeTaskMessage(
  task: GovernanceTask,
  message: TaskMessage,
  view: { t: Translate; locale: Locale; zone: string; now: Date; names?: ReadonlyMap<number, string> },
): Reply {
  const { t } = view;
  const params = {
    title: escapeMarkdown(task.title),
    date: formatDate(task.dueAt, view.locale, view.zone),
    when: whenLabel(task.dueAt, view),
    owner: ownerLabel(task, view),
  };
  const key =
    message.kind === "reminder"
      ? "governance.remind.lead"
      : message.kind === "snooze-end"
        ? "governance.remind.snoozeEnd"
        : `governance.remind.overdue.${message.level}`;
  const body = reply(t(key, params));
  if (task.description) body.blocks.push(context(escapeMarkdown(task.description)));
  if (task.legalReference)
    body.blocks.push(context(t("governance.task.reference", { reference: escapeMarkdown(task.legalReference) })));
  return withButtons(
    body,
    { label: t("governance.button.done"), actionId: doneAction.id(task.id), style: "primary" },
    snoozeButton(task, t),
  );
}
