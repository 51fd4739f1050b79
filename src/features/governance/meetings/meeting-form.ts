// Creating a meeting (président(s), director, coordinators): kind, date and time, place or video link. Its
// convocation, reminder and end are planned at once; a notice period already too short is said.

import { DateTime } from "luxon";
import type { HandlerContext } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, type Reply, reply } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import { planSweeps } from "../reminders/plan-sweeps.ts";
import type { Governance } from "../runtime.ts";
import { readDateTime } from "../time/read-date.ts";
import { meetingForm } from "./meeting-actions.ts";
import { convocationAt } from "./meeting-rules.ts";

const KINDS = ["bureau", "ca", "ag", "ag_extraordinaire"] as const;
const URL = /^https?:\/\/\S+$/;

export const newMeetingButton = (ctx: HandlerContext): Button => ({
  label: ctx.t("governance.button.newMeeting"),
  actionId: meetingForm.id(),
  opensForm: {
    actionId: meetingForm.id(),
    title: ctx.t("governance.form.meeting.title"),
    submitLabel: ctx.t("governance.form.meeting.submit"),
    fields: [
      {
        name: "kind",
        label: ctx.t("governance.form.meeting.kind"),
        kind: "select",
        options: KINDS.map((k) => ({ value: k, label: ctx.t(`governance.meeting.kind.${k}`) })),
      },
      {
        name: "when",
        label: ctx.t("governance.form.meeting.when"),
        kind: "text",
        hint: ctx.t("governance.form.meeting.whenHint"),
      },
      { name: "place", label: ctx.t("governance.form.meeting.place"), kind: "text", optional: true },
      { name: "video", label: ctx.t("governance.form.meeting.video"), kind: "text", optional: true },
      { name: "title", label: ctx.t("governance.form.meeting.name"), kind: "text", optional: true },
    ],
  },
});

export async function submitMeetingForm(
  ctx: HandlerContext,
  gov: Governance,
  values: Record<string, string>,
): Promise<Reply> {
  const { t } = ctx;
  const now = ctx.services.clock.now();
  const problems: string[] = [];
  const kind = values.kind as (typeof KINDS)[number];
  if (!KINDS.includes(kind)) problems.push(t("governance.form.error.kind"));
  const when = readDateTime(values.when ?? "", ctx.locale, gov.zone, now);
  if (!when || when.hour === undefined)
    problems.push(t("governance.form.error.when", { written: escapeMarkdown(values.when ?? "") }));
  const video = (values.video ?? "").trim();
  if (video && !URL.test(video)) problems.push(t("governance.form.error.video"));
  const place = (values.place ?? "").trim();
  if (!place && !video) problems.push(t("governance.form.error.where"));
  if (problems.length || !when || when.hour === undefined)
    return reply(t("governance.form.problems"), ...problems.map((p) => `• ${p}`));
  const startsAt = DateTime.fromObject(
    { ...when, hour: when.hour, minute: when.minute ?? 0 },
    { zone: gov.zone },
  ).toJSDate();
  if (startsAt <= now) return reply(t("governance.form.problems"), `• ${t("governance.form.error.past")}`);
  const rules = gov.files.association.meetings[kind];
  const meeting = await ctx.services.db.meeting.create({
    data: {
      kind,
      title: (values.title ?? "").trim() || null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + rules.durationMinutes * 60_000),
      place: place || null,
      videoLink: video || null,
      createdById: ctx.member.id,
    },
  });
  await planSweeps(gov, { tasks: [], meetings: [meeting] });
  ctx.log.info({ meetingId: meeting.id, kind }, "meeting created");
  const convocation = convocationAt(gov.clock, rules, startsAt);
  const late = convocation < now;
  return reply(
    t("governance.form.meeting.created", {
      name: t(`governance.meeting.kind.${kind}`),
      date: formatDateTime(startsAt, ctx.locale, gov.zone),
      convocation: formatDateTime(late ? gov.clock.nextOpening(now) : convocation, ctx.locale, gov.zone),
    }),
    ...(late ? [t("governance.form.meeting.shortNotice", { days: rules.noticeDays })] : []),
  );
}
