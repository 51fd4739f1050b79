// How a meeting reads: its card (date, place, agenda, quorum so far) and its RSVP buttons.
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import type { Database } from "../../../core/persistence.ts";
import { type Button, context, list, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { formatDateTime } from "../../../util/time.ts";
import type { AssociationConfig } from "../config/association-file.ts";
import { proposeItemForm, proxyAction, rsvpAction } from "./meeting-actions.ts";
import { convenedOf, type MeetingRow, rulesOf } from "./meeting-rules.ts";
import { type Quorum, quorumOf } from "./quorum.ts";

export interface MeetingView {
  t: Translate;
  locale: Locale;
  zone: string;
}

export const meetingName = (meeting: Pick<MeetingRow, "kind" | "title">, t: Translate): string =>
  meeting.title ? escapeMarkdown(meeting.title) : t(`governance.meeting.kind.${meeting.kind}`);

export function quorumLine(quorum: Quorum, t: Translate): string {
  return t(quorum.reached ? "governance.quorum.reached" : "governance.quorum.notYet", {
    present: quorum.present,
    represented: quorum.represented,
    required: quorum.required,
    convened: quorum.convened,
    unanswered: quorum.unanswered,
  });
}

export async function meetingQuorum(
  db: Database,
  association: AssociationConfig,
  meeting: MeetingRow,
): Promise<Quorum> {
  const rules = rulesOf(association, meeting);
  const { voting } = await convenedOf(db, rules);
  const answers = await db.meetingAttendance.findMany({ where: { meetingId: meeting.id } });
  return quorumOf(
    rules,
    voting.map((m) => m.id),
    answers,
  );
}

/** The buttons a convened voting member answers with; the proxy only when the statutes allow it. */
export function rsvpButtons(meeting: MeetingRow, association: AssociationConfig, t: Translate): Button[] {
  const buttons: Button[] = [
    {
      label: t("governance.rsvp.present"),
      actionId: rsvpAction.id({ meetingId: meeting.id, answer: "present" }),
      style: "primary",
    },
    { label: t("governance.rsvp.absent"), actionId: rsvpAction.id({ meetingId: meeting.id, answer: "absent" }) },
  ];
  if (rulesOf(association, meeting).proxies.allowed)
    buttons.push({ label: t("governance.rsvp.proxy"), actionId: proxyAction.id(meeting.id) });
  return buttons;
}

export function proposeButton(meeting: MeetingRow, t: Translate): Button {
  return {
    label: t("governance.agenda.propose"),
    actionId: proposeItemForm.id(meeting.id),
    opensForm: {
      actionId: proposeItemForm.id(meeting.id),
      title: t("governance.agenda.form.title"),
      submitLabel: t("governance.agenda.form.submit"),
      fields: [{ name: "item", label: t("governance.agenda.form.item"), kind: "text" }],
    },
  };
}

/** The meeting as a card: when, where, the agenda accepted so far, and optionally the quorum. */
export async function meetingCard(
  db: Database,
  meeting: MeetingRow,
  view: MeetingView,
  extras: { quorum?: Quorum; buttons?: Button[]; lead?: string } = {},
): Promise<Reply> {
  const { t } = view;
  const items = await db.agendaItem.findMany({
    where: { meetingId: meeting.id, status: "accepted" },
    orderBy: { id: "asc" },
  });
  const lines: (string | ReturnType<typeof list>)[] = [];
  if (extras.lead) lines.push(extras.lead);
  lines.push(
    t("governance.meeting.line", {
      name: meetingName(meeting, t),
      date: formatDateTime(meeting.startsAt, view.locale, view.zone),
    }),
  );
  if (meeting.place) lines.push(t("governance.meeting.place", { place: escapeMarkdown(meeting.place) }));
  if (meeting.videoLink) lines.push(t("governance.meeting.video", { link: escapeMarkdown(meeting.videoLink) }));
  lines.push(t(items.length ? "governance.meeting.agenda" : "governance.meeting.agenda.empty"));
  if (items.length)
    lines.push(
      list(
        items.map((i) => escapeMarkdown(i.title)),
        true,
      ),
    );
  const card = reply(...lines);
  if (extras.quorum) card.blocks.push(context(quorumLine(extras.quorum, t)));
  return withButtons(card, ...(extras.buttons ?? []));
}
