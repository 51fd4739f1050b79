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
    const member = await db.member.findUnique({ where: { id: memberId } });
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
    const { db, clock, config, messages, outbound, team, members } = services;
    const member = await members.load(memberId);
    const row = await db.member.findUnique({ where: { id: memberId } });
    if (!member || !row?.erasureApprovedAt) {
      log.info({ memberId }, "no approved erasure for this member: nothing to do");
      return;
    }
    const label = erasedLabel(services, memberId);
    const anonymised = await anonymiseMember(db, memberId, { label, now: clock.now() });
    if (anonymised.status === "anonymised") {
      log.info({ memberId, changed: anonymised.scrub.changed }, "member anonymised");
      if (anonymised.scrub.leftInReference.length) {
        const entries = anonymised.scrub.leftInReference.join(", ");
        log.warn({ memberId, entries }, "the directory still names an erased member");
        await team.tell((t) => [reply(t("privacy.erase.done.reference", { id: memberId, entries }))], {
          dedupeKey: `privacy.erased-reference:${memberId}`,
        });
      }
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
    const approver = row.erasureApproverId ? await members.load(row.erasureApproverId) : undefined;
    await team.tell(
      (tt, locale) => [
        reply(
          tt("privacy.erase.done.team", {
            id: memberId,
            label,
            approver: approver?.displayName ?? "?",
            date: formatDate(row.erasureApprovedAt!, locale, config.timezone),
          }),
        ),
      ],
      { dedupeKey: `privacy.erased-team:${memberId}` },
    );
    log.info({ memberId, told: told.status }, "erasure done");
  },
};
