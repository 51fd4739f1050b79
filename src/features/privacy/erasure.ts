import { z } from "zod";
import { defineAction, noArgs } from "../../core/action-id.ts";
import type { JobKind } from "../../core/feature.ts";
import { type HandlerContext, onAction } from "../../core/feature.ts";
import { professionKey } from "../../core/members/member-profile.ts";
import type { Database } from "../../core/persistence.ts";
import { type Button, ephemeral, reply, withButtons } from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import { approveButton } from "./erasure-approval.ts";

/** The "ask for erasure" button. */
export const eraseAction = defineAction("privacy:erase", noArgs);

/** Job that tells the coordination team about an erasure request; retried until someone is reached. */
const ERASURE_JOB = "privacy.erasure-requested";

export type ErasureOutcome = { status: "recorded"; at: Date } | { status: "already-requested"; at: Date };

/**
 * Records that the member asks for their data to be erased. Atomic: of two clicks, one records the
 * request and the other learns it is already requested. A coordinator approves it, then the bot erases.
 */
async function requestErasure(db: Database, memberId: number, now: Date): Promise<ErasureOutcome> {
  const { count } = await db.member.updateMany({
    where: { id: memberId, erasureRequestedAt: null },
    data: { erasureRequestedAt: now },
  });
  if (count === 1) return { status: "recorded", at: now };
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { erasureRequestedAt: true } });
  return { status: "already-requested", at: member.erasureRequestedAt! };
}

export function eraseButton(ctx: HandlerContext): Button {
  return {
    label: ctx.t("privacy.erase.button"),
    actionId: eraseAction.id(),
    style: "danger",
    confirm: {
      title: ctx.t("privacy.erase.confirmTitle"),
      text: ctx.t("privacy.erase.confirmText"),
      confirm: ctx.t("privacy.erase.confirm"),
      deny: ctx.t("privacy.erase.deny"),
    },
  };
}

/** The button's click: records the request (once) and has the team told. */
export const eraseHandler = onAction(eraseAction, async (ctx) => {
  const { db, clock, config, scheduler } = ctx.services;
  const outcome = await requestErasure(db, ctx.member.id, clock.now());
  // Scheduled again when already requested: a no-op, unless the first scheduling failed.
  await scheduler.schedule({
    kind: ERASURE_JOB,
    runAt: clock.now(),
    payload: { memberId: ctx.member.id },
    dedupeKey: `${ERASURE_JOB}:${ctx.member.id}:${outcome.at.getTime()}`,
  });
  const date = formatDate(outcome.at, ctx.locale, config.timezone);
  if (outcome.status === "recorded") ctx.log.info({ memberId: ctx.member.id }, "erasure requested");
  return ephemeral(
    reply(ctx.t(outcome.status === "recorded" ? "privacy.erase.recorded" : "privacy.erase.already", { date })),
  );
});

/**
 * Tells the coordination team, in the network's default language, who asked for erasure and how to find
 * them, with the button that approves it.
 */
export const erasureRequestedJob: JobKind<{ memberId: number }> = {
  kind: ERASURE_JOB,
  payload: z.object({ memberId: z.number().int().positive() }),
  async run({ memberId }, { services, log }) {
    const member = await services.db.member.findUnique({ where: { id: memberId }, include: { identities: true } });
    if (!member?.erasureRequestedAt || member.anonymizedAt) {
      log.info({ memberId }, "erasure request no longer pending: nothing to tell");
      return;
    }
    const reached = await services.team.tell(
      (t, locale) => [
        withButtons(
          reply(
            t("privacy.erase.team", {
              name: member.displayName,
              id: String(member.id),
              profession: t(professionKey(member.profession)),
              date: formatDate(member.erasureRequestedAt!, locale, services.config.timezone),
              identities:
                member.identities.map((i) => `${i.channel}:${i.workspaceId}:${i.externalUserId}`).join(", ") || "—",
            }),
          ),
          approveButton(t, member.id),
        ),
      ],
      { dedupeKey: `${ERASURE_JOB}:${memberId}:${member.erasureRequestedAt!.getTime()}` },
    );
    if (reached === 0) throw new Error("No coordinator could be reached about an erasure request");
    log.info({ memberId, reached }, "coordination team told about an erasure request");
  },
};
