// How a task reads in chat: one line in a list, or a card with its reference and buttons.
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, context, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDate } from "../../../util/time.ts";
import { snoozeButton } from "./snooze.ts";
import { cancelTaskAction, doneAction, editTaskAction } from "./task-actions.ts";
import type { GovernanceTask } from "./task-store.ts";

const DAY_MS = 86_400_000;

export interface ViewContext {
  t: Translate;
  locale: Locale;
  zone: string;
  now: Date;
  /** Names of members who own tasks by name, by id. */
  names?: ReadonlyMap<number, string>;
}

export function ownerLabel(task: Pick<GovernanceTask, "ownerId" | "ownerRole">, view: ViewContext): string {
  if (task.ownerId) return escapeMarkdown(view.names?.get(task.ownerId) ?? `#${task.ownerId}`);
  return task.ownerRole ? view.t(`governance.position.${task.ownerRole}`) : view.t("governance.owner.none");
}

/** "dans 5 jours", "aujourd'hui", "en retard de 3 jours". */
export function whenLabel(dueAt: Date, view: ViewContext): string {
  const days = Math.round((dueAt.getTime() - view.now.getTime()) / DAY_MS);
  if (dueAt < view.now) return view.t("governance.when.late", { days: Math.max(1, -days) });
  return view.t("governance.when.in", { days });
}

export function taskLine(task: GovernanceTask, view: ViewContext): string {
  const snoozed =
    task.snoozedUntil && task.snoozedUntil > view.now
      ? ` ${view.t("governance.task.snoozedShort", { date: formatDate(task.snoozedUntil, view.locale, view.zone) })}`
      : "";
  return view.t("governance.task.line", {
    title: escapeMarkdown(task.title),
    date: formatDate(task.dueAt, view.locale, view.zone),
    when: whenLabel(task.dueAt, view),
    owner: ownerLabel(task, view),
    snoozed,
  });
}

/** Buttons a member sees under a task: done and snooze for whoever may, edit and cancel for the managers. */
function taskButtons(task: GovernanceTask, view: ViewContext, may: { handle: boolean; manage: boolean }): Button[] {
  const buttons: Button[] = [];
  if (may.handle) {
    buttons.push({ label: view.t("governance.button.done"), actionId: doneAction.id(task.id), style: "primary" });
    buttons.push(snoozeButton(task, view.t));
  }
  if (may.manage) {
    buttons.push({ label: view.t("governance.button.edit"), actionId: editTaskAction.id(task.id) });
    buttons.push({
      label: view.t("governance.button.cancel"),
      actionId: cancelTaskAction.id(task.id),
      style: "danger",
      confirm: {
        title: view.t("governance.cancel.confirm.title"),
        text: view.t("governance.cancel.confirm.text", { title: escapeMarkdown(task.title) }),
        confirm: view.t("governance.cancel.confirm.yes"),
        deny: view.t("governance.cancel.confirm.no"),
      },
    });
  }
  return buttons;
}

export function taskCard(task: GovernanceTask, view: ViewContext, may: { handle: boolean; manage: boolean }): Reply {
  const lines: string[] = [taskLine(task, view)];
  if (task.description) lines.push(escapeMarkdown(task.description));
  if (task.snoozeReason && task.snoozedUntil && task.snoozedUntil > view.now)
    lines.push(view.t("governance.task.snoozeReason", { reason: escapeMarkdown(task.snoozeReason) }));
  const card = reply(...lines);
  if (task.legalReference)
    card.blocks.push(context(view.t("governance.task.reference", { reference: escapeMarkdown(task.legalReference) })));
  return withButtons(card, ...taskButtons(task, view, may));
}
