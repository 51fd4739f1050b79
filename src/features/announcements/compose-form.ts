// The whole announcement as one form (a modal on Slack and Discord, questions in turn in the terminal):
// read with the dialogue's own readers (form-submit.ts), then the same preview.
import type { HandlerContext } from "../../core/feature.ts";
import type { Button, Form } from "../../core/reply.ts";
import { submitForm } from "./actions.ts";
import type { AnnouncementDraft } from "./draft.ts";

function composeForm(ctx: HandlerContext, draft: AnnouncementDraft): Form {
  const { t } = ctx;
  return {
    actionId: submitForm.id(),
    title: t("announcements.form.title"),
    submitLabel: t("announcements.form.submit"),
    fields: [
      {
        name: "title",
        label: t("announcements.field.title"),
        kind: "text",
        ...(draft.title ? { initial: draft.title } : {}),
      },
      { name: "body", label: t("announcements.field.body"), kind: "paragraph", hint: t("announcements.form.bodyHint") },
      {
        name: "audience",
        label: t("announcements.field.audience"),
        kind: "text",
        hint: t("announcements.form.audienceHint"),
      },
      {
        name: "when",
        label: t("announcements.field.when"),
        kind: "text",
        initial: t("announcements.when.now"),
        optional: true,
      },
    ],
  };
}

export const composeFormButton = (ctx: HandlerContext, draft: AnnouncementDraft): Button => ({
  label: ctx.t("announcements.button.form"),
  actionId: submitForm.id(),
  opensForm: composeForm(ctx, draft),
});
