// The member's linked accounts and the buttons that change them (a code, the channel to write on, unlink).
import { defineAction, noArgs, tokenArg } from "../../core/action-id.ts";
import type { HandlerContext } from "../../core/feature.ts";
import type { Channel } from "../../core/persistence.ts";
import { type Button, context, ephemeral, list, type Reply, reply, withButtons } from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import { channelLabel, onChannel } from "./channel-names.ts";
import { CODE_TTL_MINUTES, LinkCodes } from "./link-codes.ts";
import { linkedChannels } from "./linking.ts";

/** "Get a code", "write to me on Slack" (or `last`: where I wrote last), "unlink Slack". */
export const codeAction = defineAction("accounts:code", noArgs);
export const preferAction = defineAction("accounts:prefer", tokenArg);
export const unlinkAction = defineAction("accounts:unlink", tokenArg);
export const LAST_USED = "last";

/** A new one-time code, shown to the member alone: it gives access to their profile. */
export async function codeReply(ctx: HandlerContext): Promise<Reply> {
  const now = ctx.services.clock.now();
  const { code } = await new LinkCodes(ctx.services.db).issue(ctx.member.id, now);
  ctx.log.info({ memberId: ctx.member.id }, "link code issued");
  return ephemeral(
    reply(ctx.t("accounts.code", { code, minutes: CODE_TTL_MINUTES }), context(ctx.t("accounts.code.warning"))),
  );
}

function unlinkButton(ctx: HandlerContext, channel: Channel): Button {
  return {
    label: ctx.t("accounts.button.unlink", { channel: channelLabel(ctx, channel) }),
    actionId: unlinkAction.id(channel),
    style: "danger",
    confirm: {
      title: ctx.t("accounts.unlink.confirmTitle"),
      text: ctx.t("accounts.unlink.confirmText"),
      confirm: ctx.t("accounts.unlink.confirm"),
      deny: ctx.t("accounts.unlink.deny"),
    },
  };
}

/** Buttons choosing where proactive messages go: each linked channel not chosen yet, and "where I wrote last". */
export async function preferenceButtons(ctx: HandlerContext): Promise<Button[]> {
  const member = await ctx.services.members.load(ctx.member.id);
  const channels = [...new Set((await linkedChannels(ctx.services.db, ctx.member.id)).map((i) => i.channel))];
  if (channels.length < 2) return [];
  const preferred = member?.preferredChannel ?? null;
  const buttons = channels
    .filter((channel) => channel !== preferred)
    .map((channel) => ({
      label: ctx.t("accounts.button.prefer", { channel: onChannel(ctx, channel) }),
      actionId: preferAction.id(channel),
    }));
  return preferred
    ? [...buttons, { label: ctx.t("accounts.button.lastUsed"), actionId: preferAction.id(LAST_USED) }]
    : buttons;
}

/**
 * The member's linked accounts, where the bot writes to them, and the buttons to change that: get a
 * code to link another account, choose the channel, unlink one (when there are several).
 */
export async function overviewReply(ctx: HandlerContext): Promise<Reply> {
  const { db, config } = ctx.services;
  const member = (await ctx.services.members.load(ctx.member.id)) ?? ctx.member;
  const identities = await linkedChannels(db, member.id);
  const lines = identities.map(({ channel, workspaceId, lastSeenAt }) => {
    const params = { channel: channelLabel(ctx, channel), workspace: workspaceId };
    return lastSeenAt
      ? ctx.t("accounts.overview.identity", { ...params, seen: formatDate(lastSeenAt, ctx.locale, config.timezone) })
      : ctx.t("accounts.overview.identityNeverSeen", params);
  });
  const where = member.preferredChannel
    ? ctx.t("accounts.overview.preferred", { channel: onChannel(ctx, member.preferredChannel) })
    : ctx.t("accounts.overview.lastUsed");
  const channels = [...new Set(identities.map((i) => i.channel))];
  const unlink = channels.length > 1 ? channels.map((channel) => unlinkButton(ctx, channel)) : [];
  return ephemeral(
    withButtons(
      reply(
        ctx.t("accounts.overview.title", { name: member.displayName }),
        list(lines),
        where,
        context(ctx.t(member.status === "guest" ? "accounts.overview.howToGuest" : "accounts.overview.howTo")),
      ),
      { label: ctx.t("accounts.button.code"), actionId: codeAction.id(), style: "primary" },
      ...(await preferenceButtons(ctx)),
      ...unlink,
    ),
  );
}
