import type { CommandHandler, Feature, HandlerContext } from "../../core/feature.ts";
import { onAction, onForm } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { requireRole } from "../../core/preconditions.ts";
import { ephemeral, reply, withButtons } from "../../core/reply.ts";
import { CALENDAR_JOB, governanceJobs } from "./jobs.ts";
import { decideItem, proposeItem } from "./meetings/agenda.ts";
import { answer, giveProxy, offerProxy, PROXY_STEP, proxyStep } from "./meetings/attendance.ts";
import { inviteCandidates, inviteCandidatesAction, stand, standAction } from "./meetings/candidacy.ts";
import {
  acceptItemAction,
  declineItemAction,
  meetingForm,
  proposeItemForm,
  proxyAction,
  proxyToAction,
  rsvpAction,
} from "./meetings/meeting-actions.ts";
import { submitMeetingForm } from "./meetings/meeting-form.ts";
import { meetingsReply } from "./meetings/meeting-intent.ts";
import { governanceMessages } from "./messages/index.ts";
import { AGENDA_ROLES, BOARD_ROLES } from "./roles.ts";
import { GovernanceRuntime, governanceOf } from "./runtime.ts";
import { governanceSettings } from "./settings.ts";
import { doneFromMessage, markDone } from "./tasks/done.ts";
import { listTasks } from "./tasks/list-tasks.ts";
import { calendarManagers, governanceViewers } from "./tasks/permissions.ts";
import { readSnoozeForm, snoozeUntil } from "./tasks/snooze.ts";
import {
  cancelTaskAction,
  doneAction,
  editTaskAction,
  pickDoneAction,
  snoozeForm,
  taskForm,
} from "./tasks/task-actions.ts";
import { submitTaskForm, taskFormOf } from "./tasks/task-form.ts";
import { cancelTask } from "./tasks/task-store.ts";

/**
 * Governance of the association: the compliance calendar computed from content/association.yaml and
 * content/governance-rules.yaml, the board's tasks (listed, done or snoozed in plain words, created by the
 * président(s), the director or a coordinator), reminders at each lead time and an escalation ladder in business
 * hours, a weekly digest, meetings with convocations, RSVP, proxies and quorum, the minutes after, and the call
 * for candidates before mandates end.
 */
export function governanceFeature(contentDir: string): Feature {
  const runtime = new GovernanceRuntime(contentDir);
  const gov = (ctx: HandlerContext) => governanceOf(ctx.services, runtime);
  const viewers = [governanceViewers];
  const managers = [calendarManagers];
  const task = async (ctx: HandlerContext, id: number) => ctx.services.db.governanceTask.findUnique({ where: { id } });
  const gone = (ctx: HandlerContext) => ephemeral(reply(ctx.t("governance.task.notOpen")));

  const tasksCommand: CommandHandler = {
    name: "gouvernance",
    aliases: ["governance", "taches"],
    description: "governance.command.tasks",
    preconditions: viewers,
    run: (ctx) => listTasks(ctx, gov(ctx)),
  };
  const meetingsCommand: CommandHandler = {
    name: "reunions",
    aliases: ["meetings"],
    description: "governance.command.meetings",
    run: (ctx) => meetingsReply(ctx, gov(ctx), ""),
  };

  return {
    name: "governance",
    messages: governanceMessages,
    settings: governanceSettings,
    intents: {
      "governance.tasks": { preconditions: viewers, run: (ctx) => listTasks(ctx, gov(ctx)) },
      "governance.done": { preconditions: viewers, run: (ctx) => doneFromMessage(ctx, gov(ctx)) },
      "governance.meeting": { run: (ctx) => meetingsReply(ctx, gov(ctx), ctx.text) },
    },
    commands: [tasksCommand, meetingsCommand],
    steps: { [PROXY_STEP]: proxyStep(gov) },
    actions: [
      onAction(
        doneAction,
        async (ctx, id) => {
          const found = await task(ctx, id);
          return found ? markDone(ctx, gov(ctx), found, null) : gone(ctx);
        },
        viewers,
      ),
      onAction(
        pickDoneAction,
        async (ctx, id) => {
          const found = await task(ctx, id);
          return found ? { ...(await markDone(ctx, gov(ctx), found, null)), replaceOriginal: true } : gone(ctx);
        },
        viewers,
      ),
      onAction(
        editTaskAction,
        async (ctx, id) => {
          const found = await task(ctx, id);
          if (found?.status !== "open") return gone(ctx);
          return withButtons(reply(ctx.t("governance.edit.open", { title: escapeMarkdown(found.title) })), {
            label: ctx.t("governance.button.edit"),
            actionId: taskForm.id(id),
            opensForm: taskFormOf(ctx, gov(ctx), found),
          });
        },
        managers,
      ),
      onAction(
        cancelTaskAction,
        async (ctx, id) => {
          const cancelled = await cancelTask(ctx.services.db, id, ctx.member.id, ctx.services.clock.now());
          if (!cancelled.ok) return gone(ctx);
          return {
            ...reply(ctx.t("governance.cancel.done", { title: escapeMarkdown(cancelled.value.title) })),
            replaceOriginal: true,
          };
        },
        managers,
      ),
      onAction(rsvpAction, (ctx, { meetingId, answer: given }) => answer(ctx, gov(ctx), meetingId, given)),
      onAction(proxyAction, (ctx, meetingId) => offerProxy(ctx, gov(ctx), meetingId)),
      onAction(proxyToAction, (ctx, { meetingId, memberId }) => giveProxy(ctx, gov(ctx), meetingId, memberId)),
      onAction(acceptItemAction, (ctx, id) => decideItem(ctx, id, "accepted"), [requireRole(...AGENDA_ROLES)]),
      onAction(declineItemAction, (ctx, id) => decideItem(ctx, id, "declined"), [requireRole(...AGENDA_ROLES)]),
      onAction(inviteCandidatesAction, (ctx, id) => inviteCandidates(ctx, id), [requireRole(...AGENDA_ROLES)]),
      onAction(standAction, (ctx, id) => stand(ctx, id), [requireRole("member", ...BOARD_ROLES)]),
    ],
    forms: [
      onForm(taskForm, (ctx, id, values) => submitTaskForm(ctx, gov(ctx), id, values), managers),
      onForm(
        snoozeForm,
        async (ctx, id, values) => {
          const found = await task(ctx, id);
          if (found?.status !== "open") return gone(ctx);
          const read = readSnoozeForm(ctx, gov(ctx), values);
          return "problem" in read
            ? ephemeral(reply(read.problem))
            : snoozeUntil(ctx, gov(ctx), found, read.day, read.reason);
        },
        viewers,
      ),
      onForm(meetingForm, (ctx, _args, values) => submitMeetingForm(ctx, gov(ctx), values), managers),
      onForm(proposeItemForm, (ctx, id, values) => proposeItem(ctx, gov(ctx), id, values)),
    ],
    jobs: governanceJobs(runtime),
    help: [
      { key: "governance.help", roles: [...BOARD_ROLES, "director", "coordinator"] },
      { key: "governance.help.meetings" },
    ],
    async start(services) {
      await runtime.load();
      // The calendar runs once the scheduler starts (after the demo seed): the board as first found is declared.
      const now = services.clock.now();
      await services.scheduler.schedule({
        kind: CALENDAR_JOB,
        runAt: now,
        dedupeKey: `${CALENDAR_JOB}:start:${now.toISOString()}`,
      });
    },
  };
}
