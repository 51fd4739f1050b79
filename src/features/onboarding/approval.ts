import type { HandlerContext } from "../../core/feature.ts";
import { preferredLocale, professionKey } from "../../core/members/member-profile.ts";
import { changeRoles } from "../../core/members/role-changes.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../core/reply.ts";
import { type Approval, approveMember } from "./actions.ts";

const ROLES: Record<Approval, ("member" | "volunteer")[]> = { member: ["member"], volunteer: ["member", "volunteer"] };

/** The coordination team hears of a newcomer, with buttons to confirm their registration. */
export async function tellTheTeam(ctx: HandlerContext, communeCode: string | null): Promise<void> {
  const { services } = ctx;
  const member = await services.members.load(ctx.member.id);
  if (!member) return;
  await services.team.tell(
    (t) => [
      withButtons(
        reply(
          t("onboarding.team.new", {
            name: member.displayName,
            profession: t(professionKey(member.profession)),
            commune: communeCode ? services.territory.nameOf(communeCode) : t("onboarding.commune.none"),
            channel: ctx.event.conversation.channel,
          }),
        ),
        { label: t("onboarding.button.member"), actionId: approveMember.id({ memberId: member.id, as: "member" }) },
        {
          label: t("onboarding.button.volunteer"),
          actionId: approveMember.id({ memberId: member.id, as: "volunteer" }),
          style: "primary",
        },
      ),
    ],
    { dedupeKey: `onboarding-new:${member.id}` },
  );
}

/** A coordinator confirms a newcomer: roles recorded, the member active and told. */
export async function approve(ctx: HandlerContext, memberId: number, as: Approval): Promise<Reply> {
  const { services } = ctx;
  const newcomer = await services.members.load(memberId);
  if (!newcomer) return ephemeral(reply(ctx.t("onboarding.approved.unknown")));
  if (newcomer.approvedAt)
    return ephemeral(reply(ctx.t("onboarding.approved.already", { name: newcomer.displayName })));
  const now = services.clock.now();
  // Two coordinators may click at once: the first to set approvedAt approves, the other is told it is done.
  const approved = await services.db.$transaction(async (tx) => {
    const { count } = await tx.member.updateMany({
      where: { id: memberId, approvedAt: null },
      data: { status: "active", approvedAt: now },
    });
    if (count === 1)
      await changeRoles(tx, memberId, { add: ROLES[as] }, { actorId: ctx.member.id, source: "onboarding", now });
    return count === 1;
  });
  if (!approved) return ephemeral(reply(ctx.t("onboarding.approved.already", { name: newcomer.displayName })));
  const t = services.messages.translator(preferredLocale(newcomer, services.config.defaultLocale));
  // A volunteer is invited to say what they can give (what missions are matched on), with the buttons to say it.
  const invite = as === "volunteer" ? services.profileInvite(t) : [];
  await services.outbound.notify(
    memberId,
    [reply(t("onboarding.approved.member", { roles: t(`onboarding.role.${as}`) })), ...invite],
    { key: `onboarding-approved:${memberId}` },
  );
  ctx.log.info({ memberId, as }, "newcomer approved");
  const roles = ctx.t(`onboarding.role.${as}`);
  return { ...reply(ctx.t("onboarding.approved.team", { name: newcomer.displayName, roles })), replaceOriginal: true };
}
