// « c'est quand la prochaine AG ? », « je serai absente au CA de jeudi »: the member's coming meetings with the
// quorum so far and the buttons to answer; a plain « present » or « absent » answers the one meeting coming.
import type { HandlerContext } from "../../../core/feature.ts";
import { hasRole } from "../../../core/members/member-profile.ts";
import { type Reply, reply, withButtons } from "../../../core/reply.ts";
import { fold } from "../../../util/fold.ts";
import { isManager, VIEWER_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { answer } from "./attendance.ts";
import { newMeetingButton } from "./meeting-form.ts";
import { convenedOf, rulesOf } from "./meeting-rules.ts";
import { meetingCard, meetingQuorum, proposeButton, rsvpButtons } from "./meeting-view.ts";

const SHOWN = 3;
const ABSENT =
  /\b(absente?s?|excuse[e]?|pas dispo\w*|ne (pourrai|serai) pas|can'?t make|cannot make|won'?t (be|make)|unable)\b/;
const PRESENT = /\b(je serai (la|present\w*)|je viendrai|je viens|presente?\b|i'?ll be there|will attend|will come)\b/;

/** `text` is what the member wrote (empty for the command), read for a plain « present » or « absent ». */
export async function meetingsReply(ctx: HandlerContext, gov: Governance, text: string): Promise<Reply[]> {
  const { db, clock } = ctx.services;
  const upcoming = await db.meeting.findMany({
    where: { status: { in: ["planned", "convened"] }, startsAt: { gt: clock.now() } },
    orderBy: { startsAt: "asc" },
  });
  const viewer = hasRole(ctx.member, ...VIEWER_ROLES);
  const mine: { meeting: (typeof upcoming)[number]; voting: boolean }[] = [];
  for (const meeting of upcoming) {
    const { voting, invited } = await convenedOf(db, rulesOf(gov.files.association, meeting));
    const votes = voting.some((m) => m.id === ctx.member.id);
    if (votes || viewer || invited.some((m) => m.id === ctx.member.id)) mine.push({ meeting, voting: votes });
  }
  const said = fold(text);
  const voted = mine.filter((m) => m.voting && m.meeting.status === "convened");
  if (voted.length === 1 && (ABSENT.test(said) || PRESENT.test(said)))
    return [await answer(ctx, gov, voted[0]!.meeting.id, ABSENT.test(said) ? "absent" : "present")];
  const managerButtons = isManager(ctx.member) ? [newMeetingButton(ctx)] : [];
  if (mine.length === 0) return [withButtons(reply(ctx.t("governance.meetings.none")), ...managerButtons)];
  const replies: Reply[] = [
    withButtons(reply(ctx.t("governance.meetings.title", { count: mine.length })), ...managerButtons),
  ];
  for (const { meeting, voting } of mine.slice(0, SHOWN)) {
    const quorum = meeting.status === "convened" ? await meetingQuorum(db, gov.files.association, meeting) : undefined;
    const buttons = voting
      ? [
          ...(meeting.status === "convened" ? rsvpButtons(meeting, gov.files.association, ctx.t) : []),
          proposeButton(meeting, ctx.t),
        ]
      : [];
    replies.push(
      await meetingCard(
        db,
        meeting,
        { t: ctx.t, locale: ctx.locale, zone: gov.zone },
        { ...(quorum ? { quorum } : {}), buttons },
      ),
    );
  }
  return replies;
}
