// Snoozing a task: until a day (its business morning), with a reason, from a form or from a message
// (« reporte à lundi, on attend le devis »).
import type { HandlerContext } from "../../../core/feature.ts";
import type { Translate } from "../../../core/i18n.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, ephemeral, type Reply, reply } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import type { Governance } from "../runtime.ts";
import type { LocalDay } from "../time/business-clock.ts";
import { readDateTime } from "../time/read-date.ts";
import { mayHandle } from "./permissions.ts";
import { snoozeForm } from "./task-actions.ts";
import { type GovernanceTask, snoozeTask } from "./task-store.ts";

/** The snooze button: opens a form asking until when and why. */
export function snoozeButton(
  task: Pick<GovernanceTask, "id">,
  t: Translate,
  initial?: { until?: string; reason?: string },
): Button {
  return {
    label: t("governance.button.snooze"),
    actionId: snoozeForm.id(task.id),
    opensForm: {
      actionId: snoozeForm.id(task.id),
      title: t("governance.snooze.form.title"),
      submitLabel: t("governance.snooze.form.submit"),
      fields: [
        {
          name: "until",
          label: t("governance.snooze.form.until"),
          kind: "text",
          hint: t("governance.snooze.form.untilHint"),
          ...(initial?.until ? { initial: initial.until } : {}),
        },
        {
          name: "reason",
          label: t("governance.snooze.form.reason"),
          kind: "text",
          ...(initial?.reason ? { initial: initial.reason } : {}),
        },
      ],
    },
  };
}

/** Snoozes until the business morning of `day`; refused to whoever may not handle the task. */
export async function snoozeUntil(
  ctx: HandlerContext,
  gov: Governance,
  task: GovernanceTask,
  day: LocalDay,
  reason: string,
): Promise<Reply> {
  if (!mayHandle(ctx.member, task))
    return ephemeral(reply(ctx.t("governance.task.notYours", { title: escapeMarkdown(task.title) })));
  const now = ctx.services.clock.now();
  const until = gov.clock.nextOpening(gov.clock.morningOf(day));
  if (until <= now) return ephemeral(reply(ctx.t("governance.snooze.past")));
  const snoozed = await snoozeTask(ctx.services.db, task.id, { until, reason, memberId: ctx.member.id }, now);
  if (!snoozed.ok) return ephemeral(reply(ctx.t(snoozed.error)));
  return reply(
    ctx.t("governance.snooze.done", {
      title: escapeMarkdown(task.title),
      until: formatDateTime(until, ctx.locale, gov.zone),
      reason: escapeMarkdown(reason),
    }),
  );
}

/** The snooze form's values: a day and a reason, or what is missing. */
export function readSnoozeForm(
  ctx: HandlerContext,
  gov: Governance,
  values: Record<string, string>,
): { day: LocalDay; reason: string } | { problem: string } {
  const reason = (values.reason ?? "").trim();
  const day = readDateTime(values.until ?? "", ctx.locale, gov.zone, ctx.services.clock.now());
  if (!day) return { problem: ctx.t("governance.snooze.error.until", { written: escapeMarkdown(values.until ?? "") }) };
  if (reason.length < 3) return { problem: ctx.t("governance.snooze.error.reason") };
  return { day, reason };
}
