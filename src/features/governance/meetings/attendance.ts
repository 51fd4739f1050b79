// Answers to a convocation: présent, absent, or a proxy (pouvoir) given to another voting member, picked from
// buttons or typed by name; each answer shows the quorum as it stands.
import type { HandlerContext, MessageContext, StepHandler } from "../../../core/feature.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { type Button, ephemeral, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { fold } from "../../../util/fold.ts";
import type { Governance } from "../runtime.ts";
import { type Answer, proxyToAction } from "./meeting-actions.ts";
import { convenedOf, type MeetingRow, type Person, rulesOf } from "./meeting-rules.ts";
import { meetingName, meetingQuorum, quorumLine } from "./meeting-view.ts";

export const PROXY_STEP = "governance.proxy";
const OFFERED = 6;

type Checked = { meeting: MeetingRow; voting: Person[] } | { refusal: Reply };

async function checkVoter(ctx: HandlerContext, gov: Governance, meetingId: number): Promise<Checked> {
  const { db, clock } = ctx.services;
  const meeting = await db.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting || meeting.status === "cancelled" || meeting.status === "held" || meeting.startsAt <= clock.now())
    return { refusal: ephemeral(reply(ctx.t("governance.rsvp.closed"))) };
  const { voting } = await convenedOf(db, rulesOf(gov.files.association, meeting));
  if (!voting.some((m) => m.id === ctx.member.id))
    return { refusal: ephemeral(reply(ctx.t("governance.rsvp.notConvened", { name: meetingName(meeting, ctx.t) }))) };
  return { meeting, voting };
}

async function record(
  ctx: HandlerContext,
  gov: Governance,
  meeting: MeetingRow,
  answer: Answer | "proxy",
  proxyToId: number | null,
  key: string,
  params: Record<string, string> = {},
) {
  const { db, clock } = ctx.services;
  const data = { answer, proxyToId, answeredAt: clock.now() };
  await db.meetingAttendance.upsert({
    where: { meetingId_memberId: { meetingId: meeting.id, memberId: ctx.member.id } },
    create: { meetingId: meeting.id, memberId: ctx.member.id, ...data },
    update: data,
  });
  const quorum = await meetingQuorum(db, gov.files.association, meeting);
  ctx.log.info({ meetingId: meeting.id, answer }, "convocation answered");
  return reply(ctx.t(key, { name: meetingName(meeting, ctx.t), ...params }), quorumLine(quorum, ctx.t));
}

export async function answer(ctx: HandlerContext, gov: Governance, meetingId: number, given: Answer): Promise<Reply> {
  const checked = await checkVoter(ctx, gov, meetingId);
  if ("refusal" in checked) return checked.refusal;
  return record(ctx, gov, checked.meeting, given, null, `governance.rsvp.${given}.done`);
}

/** The members one may give a proxy to: the officers first, then the others, with a way to type a name. */
export async function offerProxy(ctx: HandlerContext, gov: Governance, meetingId: number): Promise<Reply> {
  const checked = await checkVoter(ctx, gov, meetingId);
  if ("refusal" in checked) return checked.refusal;
  const { meeting, voting } = checked;
  if (!rulesOf(gov.files.association, meeting).proxies.allowed)
    return ephemeral(reply(ctx.t("governance.proxy.notAllowed", { name: meetingName(meeting, ctx.t) })));
  const officers = await ctx.services.db.memberRole.findMany({
    where: { role: { in: ["board_president", "board_secretary", "board_vice_president", "board_treasurer"] } },
    select: { memberId: true },
  });
  const first = new Set(officers.map((o) => o.memberId));
  const others = voting.filter((m) => m.id !== ctx.member.id);
  const offered = [...others.filter((m) => first.has(m.id)), ...others.filter((m) => !first.has(m.id))].slice(
    0,
    OFFERED,
  );
  await ctx.dialogue.expect(PROXY_STEP, { meetingId });
  const buttons: Button[] = offered.map((m) => ({
    label: m.displayName,
    actionId: proxyToAction.id({ meetingId, memberId: m.id }),
  }));
  return withButtons(reply(ctx.t("governance.proxy.ask", { name: meetingName(meeting, ctx.t) })), ...buttons);
}

export async function giveProxy(
  ctx: HandlerContext,
  gov: Governance,
  meetingId: number,
  holderId: number,
): Promise<Reply> {
  const checked = await checkVoter(ctx, gov, meetingId);
  if ("refusal" in checked) return checked.refusal;
  const holder = checked.voting.find((m) => m.id === holderId);
  if (!holder || holderId === ctx.member.id) return ephemeral(reply(ctx.t("governance.proxy.invalid")));
  await ctx.dialogue.end(PROXY_STEP);
  return record(ctx, gov, checked.meeting, "proxy", holderId, "governance.rsvp.proxy.done", {
    holder: escapeMarkdown(holder.displayName),
  });
}

/** A typed name: the voting members whose name holds every word typed. */
export function proxyStep(govOf: (ctx: HandlerContext) => Governance): StepHandler<{ meetingId: number }> {
  return {
    accepts: { answers: [] },
    async run(ctx: MessageContext, { meetingId }) {
      const gov = govOf(ctx);
      const checked = await checkVoter(ctx, gov, meetingId);
      if ("refusal" in checked) return checked.refusal;
      const words = fold(ctx.text).match(/[a-z]{2,}/g) ?? [];
      const found = checked.voting.filter(
        (m) => m.id !== ctx.member.id && words.length > 0 && words.every((w) => fold(m.displayName).includes(w)),
      );
      if (found.length === 1) return giveProxy(ctx, gov, meetingId, found[0]!.id);
      if (found.length === 0) return reply(ctx.t("governance.proxy.noMatch", { written: escapeMarkdown(ctx.text) }));
      return withButtons(
        reply(ctx.t("governance.proxy.several")),
        ...found
          .slice(0, OFFERED)
          .map((m) => ({ label: m.displayName, actionId: proxyToAction.id({ meetingId, memberId: m.id }) })),
      );
    },
  };
}
