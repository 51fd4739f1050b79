// What /lier, /delier and « écris-moi plutôt sur Slack » do, and what the member is told.
import type { HandlerContext } from "../../core/feature.ts";
import type { Channel } from "../../core/persistence.ts";
import { ephemeral, type Reply, reply, withButtons } from "../../core/reply.ts";
import { channelNamed, isChannel, onChannel } from "./channel-names.ts";
import { linkByCode, linkedChannels, unlinkChannel } from "./linking.ts";
import { codeReply, LAST_USED, overviewReply, preferenceButtons } from "./overview.ts";

const refusal = (ctx: HandlerContext, code: string, params?: Record<string, string | number>): Reply =>
  ephemeral(reply(ctx.t(code, params)));

/** `/lier`: a code to type on the other channel; `/lier <code>`: this identity joins the code's member. */
export async function linkCommand(ctx: HandlerContext, text: string): Promise<Reply[]> {
  if (text.trim() === "") return [await codeReply(ctx)];
  const { db, clock, members } = ctx.services;
  const result = await linkByCode(db, ctx.member.id, text.trim(), clock.now());
  if (!result.ok) {
    ctx.log.info({ memberId: ctx.member.id, refusal: result.error }, "link code refused");
    return [refusal(ctx, result.error, result.params)];
  }
  const linked = await members.load(result.value.memberId);
  ctx.log.info({ memberId: result.value.memberId, from: ctx.member.id }, "identities linked");
  const done = reply(
    ctx.t("accounts.link.done", {
      channel: ctx.event.conversation.channel,
      name: linked?.displayName ?? "?",
    }),
  );
  if (result.value.rolesAdded.length) {
    const roles = result.value.rolesAdded.map((role) => ctx.t(`core.role.${role}`)).join(", ");
    done.blocks.push({ kind: "context", markdown: ctx.t("accounts.link.rolesAdded", { roles }) });
  }
  // From here on this identity is the linked member's: the buttons act for them.
  const after = linked ? { ...ctx, member: linked } : ctx;
  return [ephemeral(withButtons(done, ...(await preferenceButtons(after))))];
}

/** `/delier <channel>`: that channel's identities start again as a guest; without a channel, the overview. */
export async function unlinkCommand(ctx: HandlerContext, text: string): Promise<Reply[]> {
  const channel = text.trim() === "" ? undefined : channelNamed(ctx, text);
  if (!channel) return text.trim() === "" ? [await overviewReply(ctx)] : [refusal(ctx, "accounts.unlink.which")];
  return [await unlink(ctx, channel)];
}

export async function unlink(ctx: HandlerContext, channel: Channel): Promise<Reply> {
  const { db, clock } = ctx.services;
  const result = await unlinkChannel(db, ctx.member.id, channel, clock.now());
  if (!result.ok) return refusal(ctx, result.error, { channel });
  ctx.log.info({ memberId: ctx.member.id, channel, guestId: result.value.guestId }, "identity unlinked");
  return ephemeral(reply(ctx.t("accounts.unlink.done", { channel })));
}

/** « écris-moi plutôt sur Slack »: the channel named, or the question with the member's channels. */
export async function preferFromText(ctx: HandlerContext, text: string): Promise<Reply> {
  const channel = channelNamed(ctx, text);
  if (channel) return prefer(ctx, channel);
  const buttons = await preferenceButtons(ctx);
  if (buttons.length === 0) return overviewReply(ctx);
  return ephemeral(withButtons(reply(ctx.t("accounts.prefer.which")), ...buttons));
}

/** Sets where proactive messages go: a channel the member has an identity on, or back to "where I wrote last". */
export async function prefer(ctx: HandlerContext, choice: Channel | typeof LAST_USED): Promise<Reply> {
  const { db } = ctx.services;
  if (choice === LAST_USED) {
    await db.member.update({ where: { id: ctx.member.id }, data: { preferredChannel: null } });
    return ephemeral(reply(ctx.t("accounts.prefer.lastUsed")));
  }
  const linked = await linkedChannels(db, ctx.member.id);
  if (!linked.some((i) => i.channel === choice)) {
    return refusal(ctx, "accounts.prefer.notLinked", { channel: choice, on: onChannel(ctx, choice) });
  }
  await db.member.update({ where: { id: ctx.member.id }, data: { preferredChannel: choice } });
  ctx.log.info({ memberId: ctx.member.id, channel: choice }, "preferred channel set");
  return ephemeral(reply(ctx.t("accounts.prefer.done", { channel: onChannel(ctx, choice) })));
}

/** The argument of a preference button: a channel or "last"; undefined when the button is not one of ours. */
export const preferenceOf = (token: string): Channel | typeof LAST_USED | undefined =>
  token === LAST_USED || isChannel(token) ? token : undefined;
