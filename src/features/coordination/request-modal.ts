import { defineAction, noArgs } from "../../core/action-id.ts";
import type { HandlerContext } from "../../core/feature.ts";
import { type Button, type Form, type Reply, reply, withButtons } from "../../core/reply.ts";
import { OUTSIDE_TERRITORY } from "./actions.ts";
import type { RequestDraft } from "./draft.ts";
import { isNeedKind, isUrgency, NEED_KINDS, parsePhone, URGENCIES } from "./vocabulary.ts";

/** Submission of the request form (a modal on Slack and Discord, questions one by one in the terminal). */
export const submitRequestForm = defineAction("coordination:form", noArgs);

/** The whole request as one form, prefilled with what the conversation already knows. */
function requestForm(ctx: HandlerContext, draft: Partial<RequestDraft>): Form {
  const { t, services, member } = ctx;
  return {
    actionId: submitRequestForm.id(),
    title: t("coordination.form.title"),
    submitLabel: t("coordination.button.send"),
    fields: [
      {
        name: "summary",
        label: t("coordination.field.situation"),
        kind: "paragraph",
        hint: t("coordination.form.noPatient"),
        ...(draft.summary ? { initial: draft.summary } : {}),
      },
      {
        name: "need",
        label: t("coordination.field.need"),
        kind: "select",
        options: NEED_KINDS.map((n) => ({ value: n, label: t(`coordination.need.${n}`) })),
        ...(draft.needType ? { initial: draft.needType } : {}),
      },
      {
        name: "commune",
        label: t("coordination.field.commune"),
        kind: "select",
        options: [
          ...services.territory.communes.map((c) => ({ value: c.code, label: c.name })),
          { value: OUTSIDE_TERRITORY, label: t("coordination.commune.outside") },
        ],
        ...(draft.communeCode !== undefined ? { initial: draft.communeCode ?? OUTSIDE_TERRITORY } : {}),
      },
      {
        name: "urgency",
        label: t("coordination.field.urgency"),
        kind: "select",
        options: URGENCIES.map((u) => ({ value: u, label: t(`coordination.urgency.${u}`) })),
        ...(draft.urgency ? { initial: draft.urgency } : {}),
      },
      {
        name: "callback",
        label: t("coordination.form.callback"),
        kind: "text",
        hint: t("coordination.form.callbackHint"),
        initial: draft.callback && draft.callback !== "message" ? draft.callback : (member.phone ?? ""),
        optional: true,
      },
    ],
  };
}

/** The button that opens the form. */
export const formButton = (ctx: HandlerContext, draft: Partial<RequestDraft>): Button => ({
  label: ctx.t("coordination.button.form"),
  actionId: submitRequestForm.id(),
  opensForm: requestForm(ctx, draft),
});

/** Reads a submitted form into a complete draft, or the list of what is wrong. */
export function draftFromForm(
  ctx: HandlerContext,
  values: Record<string, string>,
): { draft: RequestDraft } | { problems: string[] } {
  const problems: string[] = [];
  const summary = (values.summary ?? "").trim();
  if (summary.length < 5) problems.push(ctx.t("coordination.form.error.summary"));
  const need = values.need ?? "";
  if (!isNeedKind(need)) problems.push(ctx.t("coordination.form.error.need"));
  const commune = values.commune ?? "";
  if (commune !== OUTSIDE_TERRITORY && !ctx.services.territory.commune(commune))
    problems.push(ctx.t("coordination.form.error.commune"));
  const urgency = values.urgency ?? "";
  if (!isUrgency(urgency)) problems.push(ctx.t("coordination.form.error.urgency"));
  const written = (values.callback ?? "").trim();
  const phone = written ? parsePhone(written) : undefined;
  if (written && !phone) problems.push(ctx.t("coordination.form.error.callback", { written }));
  if (problems.length || !isNeedKind(need) || !isUrgency(urgency)) return { problems };
  return {
    draft: {
      kind: "referral",
      summary,
      needType: need,
      communeCode: commune === OUTSIDE_TERRITORY ? null : commune,
      urgency,
      callback: phone ?? "message",
      awaiting: "confirm",
    },
  };
}

/** What was wrong in the form, with the button to open it again as it was filled. */
export function formProblems(ctx: HandlerContext, problems: string[], values: Record<string, string>): Reply {
  const again: Partial<RequestDraft> = {
    ...(values.summary ? { summary: values.summary } : {}),
    ...(values.need && isNeedKind(values.need) ? { needType: values.need } : {}),
    ...(values.urgency && isUrgency(values.urgency) ? { urgency: values.urgency } : {}),
  };
  return withButtons(
    reply(ctx.t("coordination.form.problems"), ...problems.map((p) => `• ${p}`)),
    formButton(ctx, again),
  );
}
