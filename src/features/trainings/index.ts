import { defineAction, idArg } from "../../core/action-id.ts";
import { type Feature, type HandlerContext, onAction } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { type Button, ephemeral, list, type Reply, reply, text, withButtons } from "../../core/reply.ts";
import { formatDateTime } from "../../util/time.ts";
import { trainingsMessages } from "./messages.ts";
import { TrainingRegistrations, type TrainingView } from "./registrations.ts";
import { REMINDER_JOB, reminderKey, reminderTime, trainingReminder } from "./reminder.ts";

const register = defineAction("trainings:register", idArg);
const unregister = defineAction("trainings:unregister", idArg);
/** Trainings shown at once: the list stays readable in a chat. */
const LIST_SIZE = 5;
/** Button labels are short on every platform. */
const shortTitle = (title: string) => (title.length > 40 ? `${title.slice(0, 39)}…` : title);

function itemLine(ctx: HandlerContext, view: TrainingView): string {
  const { training, seatsLeft, registered } = view;
  const { locale, services } = ctx;
  return ctx.t("trainings.item", {
    title: escapeMarkdown(training.title),
    kind: ctx.t(`trainings.kind.${training.kind}`),
    date: formatDateTime(training.startsAt, locale, services.config.timezone),
    where: training.online ? ctx.t("trainings.online") : escapeMarkdown(training.place ?? ""),
    seats: registered
      ? ctx.t("trainings.registered")
      : seatsLeft === null
        ? ctx.t("trainings.seats.unlimited")
        : ctx.t("trainings.seats", { count: seatsLeft }),
  });
}

async function upcomingReply(ctx: HandlerContext): Promise<Reply> {
  const views = await new TrainingRegistrations(ctx.services.db).upcoming(
    ctx.services.clock.now(),
    ctx.member.id,
    LIST_SIZE,
  );
  if (views.length === 0) return reply(ctx.t("trainings.none"));
  const buttons: Button[] = views.flatMap(({ training, seatsLeft, registered }): Button[] => {
    const title = shortTitle(training.title);
    if (registered)
      return [{ label: ctx.t("trainings.button.unregister", { title }), actionId: unregister.id(training.id) }];
    if (seatsLeft === 0) return [];
    return [
      { label: ctx.t("trainings.button.register", { title }), actionId: register.id(training.id), style: "primary" },
    ];
  });
  return withButtons(reply(ctx.t("trainings.title"), list(views.map((v) => itemLine(ctx, v)))), ...buttons);
}

async function registerMember(ctx: HandlerContext, trainingId: number): Promise<Reply> {
  const { services, member, locale } = ctx;
  const now = services.clock.now();
  const result = await new TrainingRegistrations(services.db).register(trainingId, member.id, now);
  if (!result.ok) return ephemeral(reply(ctx.t(result.error, result.params)));
  const training = result.value;
  const remindAt = reminderTime(training.startsAt, now, services.config.timezone);
  if (remindAt) {
    await services.scheduler.schedule({
      kind: REMINDER_JOB,
      runAt: remindAt,
      payload: { trainingId, memberId: member.id },
      dedupeKey: reminderKey(trainingId, member.id),
    });
  }
  const date = formatDateTime(training.startsAt, locale, services.config.timezone);
  return reply(
    ctx.t(remindAt ? "trainings.done" : "trainings.done.noReminder", { title: escapeMarkdown(training.title), date }),
  );
}

async function unregisterMember(ctx: HandlerContext, trainingId: number): Promise<Reply> {
  const training = await new TrainingRegistrations(ctx.services.db).unregister(trainingId, ctx.member.id);
  if (!training) return ephemeral(reply(ctx.t("trainings.notRegistered")));
  await ctx.services.scheduler.cancel(reminderKey(trainingId, ctx.member.id));
  return reply(ctx.t("trainings.cancelled", { title: escapeMarkdown(training.title) }));
}

/** The next trainings on the member's home, with their registrations. */
async function trainingsHome(ctx: HandlerContext): Promise<Reply | undefined> {
  const views = await new TrainingRegistrations(ctx.services.db).upcoming(ctx.services.clock.now(), ctx.member.id, 3);
  if (views.length === 0) return undefined;
  return reply(text(ctx.t("trainings.home.title")), list(views.map((v) => itemLine(ctx, v))));
}

/** The network's upcoming trainings; members register in one tap (seats respected) and are reminded the day before. */
export const trainingsFeature: Feature = {
  name: "trainings",
  messages: trainingsMessages,
  intents: { "training.upcoming": { run: upcomingReply } },
  actions: [onAction(register, registerMember), onAction(unregister, unregisterMember)],
  jobs: [trainingReminder],
  home: trainingsHome,
  help: [{ key: "trainings.help" }],
};
