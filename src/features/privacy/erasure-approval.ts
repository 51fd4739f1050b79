// The second half of an erasure: a coordinator approves, then a job erases, tells the member, tells the team.
import { z } from "zod";
import { defineAction, idArg } from "../../core/action-id.ts";
import type { JobKind } from "../../core/feature.ts";
import { onAction } from "../../core/feature.ts";
import type { Translate } from "../../core/i18n.ts";
import { anonymiseMember, forgetMember } from "../../core/members/erase-member.ts";
import { preferredLocale } from "../../core/members/member-profile.ts";
import { requireRole } from "../../core/preconditions.ts";
import { type Button, ephemeral, reply } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";
import { formatDate } from "../../util/time.ts";

/** A coordinator's "approve the erasure" button on the team's notice. */
const approveAction = defineAction("privacy:approve", idArg);

/** Job that carries out an approved erasure; retried until the file holds nothing of the member. */
const ERASE_JOB = "privacy.erase";

export function approveButton(t: Translate, memberId: number): Button {
  return {
    label: t("privacy.erase.approve.button"),
    actionId: approveAction.id(memberId),
    style: "danger",
    confirm: {
      title: t("privacy.erase.approve.confirmTitle"),
      text: t("privacy.erase.approve.confirmText"),
      confirm: t("privacy.erase.approve.confirm"),
      deny: t("privacy.erase.deny"),
    },
  };
}

/** « membre supprimé n° 12 », in the network's language: what the member becomes in the history. */
const erasedLabel = (services: Services, memberId: number) =>
  services.messages.format(services.config.defaultLocale, "privacy.erase.label", { id: memberId });

/**
 * A coordinator approves: recorded once (who, when), then the erasure runs as a job. The notice the
 * coordinator clicked is replaced, so the member's name leaves it. Coordinators only.
 */
export const approveHandler = onAction(
  approveAction,
  async (ctx, memberId) => {
    const { db, clock, config, scheduler } = ctx.services;
    const now = clock.now();
    const { count } = await db.member.updateMany({
      where: { id: memberId, erasureRequestedAt: { not: null }, erasureApprovedAt: null, anonymizedAt: null },
      data: { erasureApprovedAt: now, erasureApproverId: ctx.member.id },
    });
    if (count === 1) {
      await scheduler.schedule({
        kind: ERASE_JOB,
        runAt: now,
        payload: { memberId },
        dedupeKey: `${ERASE_JOB}:${memberId}`,
      });
      ctx.log.info({ memberId, approver: ctx.member.id }, "erasure approved");
      return [
        {
          ...reply(ctx.t("privacy.erase.approved", { id: memberId, approver: ctx.member.displayName })),
          replaceOriginal: true,
        },
      ];
    }
    // Not approved now: say why.
    const member = await db.member.findUnique({ where: { id: memberId } });
    const date = (at: Date) => formatDate(at, ctx.locale, config.timezone);
    if (!member) return ephemeral(reply(ctx.t("privacy.erase.unknown")));
    if (member.anonymizedAt)
      return ephemeral(reply(ctx.t("privacy.erase.alreadyDone", { id: memberId, date: date(member.anonymizedAt) })));
    if (member.erasureApprovedAt) {
      return ephemeral(
        reply(ctx.t("privacy.erase.alreadyApproved", { id: memberId, date: date(member.erasureApprovedAt) })),
      );
    }
    return ephemeral(reply(ctx.t("privacy.erase.noRequest")));
  },
  [requireRole("coordinator", { instead: "privacy.erase.approve.instead" })],
);

/** Directory entries with the member's name or number are left as they are: the team is asked to check them. */
async function reportDirectoryEntries(services: Services, memberId: number, entries: string[]): Promise<void> {
  if (entries.length === 0) return;
  await services.team.tell(
    (t) => [reply(t("privacy.erase.done.reference", { id: memberId, entries: entries.join(", ") }))],
    { dedupeKey: `privacy.erased-reference:${memberId}` },
  );
}

/** Tells the team the erasure is done, and who approved it when. */
async function tellTeamDone(services: Services, memberId: number, approval: { by: number | null; at: Date }) {
  const approver = approval.by ? await services.members.load(approval.by) : undefined;
  await services.team.tell(
    (t, locale) => [
      reply(
        t("privacy.erase.done.team", {
          id: memberId,
          label: erasedLabel(services, memberId),
          approver: approver?.displayName ?? "?",
          date: formatDate(approval.at, locale, services.config.timezone),
        }),
      ),
    ],
    { dedupeKey: `privacy.erased-team:${memberId}` },
  );
}

/**
 * Carries out an approved erasure: anonymises the member (one transaction), tells them it is done,
 * then forgets their identities and rewrites the database file without deleted content, and tells the
 * team. Each step is safe to run again, so a retry after any failure finishes the work.
 */
export const eraseJob: JobKind<{ memberId: number }> = {
  kind: ERASE_JOB,
  payload: z.object({ memberId: z.number().int().positive() }),
  maxAttempts: 10,
  async run({ memberId }, { services, log, job }) {
    const { db, clock, config, messages, outbound, members } = services;
    const member = await members.load(memberId);
    const row = await db.member.findUnique({ where: { id: memberId } });
    if (!member || !row?.erasureApprovedAt) {
      log.info({ memberId }, "no approved erasure for this member: nothing to do");
      return;
    }
    const anonymised = await anonymiseMember(db, memberId, {
      label: erasedLabel(services, memberId),
      now: clock.now(),
    });
    if (anonymised.status === "anonymised") {
      log.info({ memberId, changed: anonymised.scrub.changed }, "member anonymised");
      await reportDirectoryEntries(services, memberId, anonymised.scrub.leftInReference);
    }
    const t = messages.translator(preferredLocale(member, config.defaultLocale));
    const told = await outbound.notify(memberId, [reply(t("privacy.erase.done.member"))], {
      urgent: true,
      key: `privacy.erased:${memberId}`,
    });
    if (told.status === "retrying" && job.attempt < job.maxAttempts) {
      throw new Error("The member has not been told yet that their data is erased");
    }
    await forgetMember(db, memberId);
    await tellTeamDone(services, memberId, { by: row.erasureApproverId, at: row.erasureApprovedAt });
    log.info({ memberId, told: told.status }, "erasure done");
  },
};
