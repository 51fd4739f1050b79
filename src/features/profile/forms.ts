// Where a form is clearer than buttons: quiet hours of one's own (« 21:30-07:00 »), and the member's own
// words on what they would like to give.
import type { HandlerContext } from "../../core/feature.ts";
import type { Button } from "../../core/reply.ts";
import { motivationNoteForm, quietHoursForm } from "./actions.ts";
import type { OwnProfile } from "./own-profile.ts";

/** Longest note kept, as the member file allows. */
export const MAX_NOTE_LENGTH = 1000;

export function quietHoursButton(ctx: HandlerContext, profile: OwnProfile): Button {
  const { quietHours } = profile;
  return {
    label: ctx.t("profile.button.quietOther"),
    actionId: quietHoursForm.id(),
    opensForm: {
      actionId: quietHoursForm.id(),
      title: ctx.t("profile.form.quiet.title"),
      submitLabel: ctx.t("profile.form.save"),
      fields: [
        {
          name: "hours",
          label: ctx.t("profile.form.quiet.field"),
          kind: "text",
          hint: ctx.t("profile.form.quiet.hint"),
          ...(quietHours ? { initial: `${quietHours.start}-${quietHours.end}` } : {}),
        },
      ],
    },
  };
}

export function motivationNoteButton(ctx: HandlerContext, profile: OwnProfile): Button {
  return {
    label: ctx.t("profile.button.note"),
    actionId: motivationNoteForm.id(),
    opensForm: {
      actionId: motivationNoteForm.id(),
      title: ctx.t("profile.form.note.title"),
      submitLabel: ctx.t("profile.form.save"),
      fields: [
        {
          name: "note",
          label: ctx.t("profile.form.note.field"),
          kind: "paragraph",
          hint: ctx.t("profile.form.note.hint"),
          optional: true,
          ...(profile.motivationNote ? { initial: profile.motivationNote } : {}),
        },
      ],
    },
  };
}
