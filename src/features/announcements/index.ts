import { type Feature, onAction, onForm } from "../../core/feature.ts";
import { cancelScheduled, discardDraft, draftOption, markRead, sendDraft, submitForm } from "./actions.ts";
import { announceCommand, announcers, digestCommand } from "./commands.ts";
import { changeOption, composeStep, discard, send, startComposing } from "./compose.ts";
import { digestJobs } from "./digest.ts";
import { COMPOSE_STEP } from "./draft.ts";
import { submitComposeForm } from "./form-submit.ts";
import { cancelAnnouncement, markAsRead } from "./manage.ts";
import { announcementsMessages } from "./messages.ts";
import { announcementJobs } from "./publish.ts";
import { announcementSettings } from "./settings.ts";

/**
 * Announcements by the director and the coordinators: written in chat or in a form, sent to the right
 * members (everyone, roles, professions, communes, skills) on the channel each uses, now or later;
 * delivered one message per member (quiet hours respected unless urgent, failed direct messages made
 * up for by a mention in the announcement channel), read receipts, edits and withdrawals that reach
 * every copy, and a weekly digest for members who prefer one.
 */
export const announcementsFeature: Feature = {
  name: "announcements",
  messages: announcementsMessages,
  settings: announcementSettings,
  intents: { "announcement.create": { preconditions: announcers(), run: (ctx) => startComposing(ctx, ctx.text) } },
  steps: { [COMPOSE_STEP]: composeStep },
  commands: [announceCommand, digestCommand],
  actions: [
    onAction(sendDraft, (ctx) => send(ctx), announcers()),
    onAction(discardDraft, (ctx) => discard(ctx), announcers()),
    onAction(draftOption, (ctx, option) => changeOption(ctx, option), announcers()),
    onAction(cancelScheduled, (ctx, id) => cancelAnnouncement(ctx, id), announcers()),
    onAction(markRead, (ctx, id) => markAsRead(ctx, id)),
  ],
  forms: [onForm(submitForm, (ctx, _args, values) => submitComposeForm(ctx, values), announcers())],
  jobs: [...announcementJobs, ...digestJobs],
  help: [{ key: "announcements.help", roles: ["director", "coordinator"] }, { key: "announcements.digest.help" }],
};
