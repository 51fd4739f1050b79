import type { ActionDefinition } from "../../core/action-id.ts";
import { type Feature, type HandlerContext, onAction, onForm } from "../../core/feature.ts";
import { knownFrom } from "../../core/handoff.ts";
import { requireRole } from "../../core/preconditions.ts";
import { ephemeral, reply } from "../../core/reply.ts";
import {
  cancelRequest,
  chooseCallback,
  chooseCommune,
  chooseNeed,
  chooseUrgency,
  claimRequest,
  OUTSIDE_TERRITORY,
  sendRequest,
  startRequest,
} from "./actions.ts";
import { answerCommand, claimCommand, pendingCommand } from "./commands.ts";
import { draftFrom, type RequestDraft } from "./draft.ts";
import { handOffToTeam } from "./handoff.ts";
import { coordinationHome } from "./home.ts";
import { coordinationMessages } from "./messages.ts";
import { askNext, currentDraft, FORM_STEP, requestFormStep } from "./request-form.ts";
import { draftFromForm, formProblems, submitRequestForm } from "./request-modal.ts";
import { coordinationSettings } from "./settings.ts";
import { cancelDraft, sendDraft } from "./submit.ts";
import { coordinationTeam } from "./team.ts";
import { takeRequest } from "./team-actions.ts";
import { unclaimedReminder } from "./unclaimed-reminder.ts";
import { isNeedKind, isUrgency } from "./vocabulary.ts";

/** A button of the request form: changes the draft in progress, then asks the next question in its place. */
function formAction<A>(
  action: ActionDefinition<A>,
  change: (draft: RequestDraft, args: A, ctx: HandlerContext) => boolean,
) {
  return onAction(action, async (ctx, args) => {
    const draft = await currentDraft(ctx);
    if (!draft || !change(draft, args, ctx)) return ephemeral(reply(ctx.t("coordination.expired")));
    return { ...(await askNext(ctx, draft)), replaceOriginal: true };
  });
}

/** The member's call-back choice: their profile's number, or an answer in the chat. */
function callbackOf(choice: string, ctx: HandlerContext): string | null {
  if (choice === "profile") return ctx.member.phone;
  return choice === "message" ? "message" : null;
}

/**
 * Hand-off to the coordination team: professionals open requests (minimum information, never the
 * patient's identity); coordinators claim and answer them from chat; the answer reaches the asker
 * on their channel; unclaimed requests come back to the team. Provides the core's hand-off and
 * "tell the team" to the other features.
 */
export const coordinationFeature: Feature = {
  name: "coordination",
  messages: coordinationMessages,
  settings: coordinationSettings,
  provides: { handoff: handOffToTeam, team: coordinationTeam },
  intents: {
    "coordination.referral": {
      run: (ctx) => askNext(ctx, draftFrom("referral", ctx.text, knownFrom(ctx.nlu.entities))),
    },
  },
  steps: { [FORM_STEP]: requestFormStep({ send: sendDraft, cancel: cancelDraft }) },
  actions: [
    formAction(startRequest, () => true),
    formAction(chooseNeed, (draft, need) => {
      if (!isNeedKind(need)) return false;
      draft.needType = need;
      return true;
    }),
    formAction(chooseCommune, (draft, code, ctx) => {
      if (code !== OUTSIDE_TERRITORY && !ctx.services.territory.commune(code)) return false;
      draft.communeCode = code === OUTSIDE_TERRITORY ? null : code;
      return true;
    }),
    formAction(chooseUrgency, (draft, urgency) => {
      if (!isUrgency(urgency)) return false;
      draft.urgency = urgency;
      return true;
    }),
    formAction(chooseCallback, (draft, choice, ctx) => {
      const callback = callbackOf(choice, ctx);
      if (!callback) return false;
      draft.callback = callback;
      return true;
    }),
    onAction(sendRequest, async (ctx) => {
      const draft = await currentDraft(ctx);
      if (draft?.awaiting !== "confirm") return ephemeral(reply(ctx.t("coordination.expired")));
      return (await sendDraft(ctx, draft)).map((r) => ({ ...r, replaceOriginal: true }));
    }),
    onAction(cancelRequest, async (ctx) => (await cancelDraft(ctx)).map((r) => ({ ...r, replaceOriginal: true }))),
    onAction(claimRequest, (ctx, id) => takeRequest(ctx, id), [requireRole("coordinator")]),
  ],
  forms: [
    onForm(submitRequestForm, async (ctx, _args, values) => {
      const read = draftFromForm(ctx, values);
      return "problems" in read ? formProblems(ctx, read.problems, values) : sendDraft(ctx, read.draft);
    }),
  ],
  commands: [pendingCommand, claimCommand, answerCommand],
  jobs: [unclaimedReminder],
  home: coordinationHome,
  help: [{ key: "coordination.help" }, { key: "coordination.help.team", roles: ["coordinator"] }],
};
