import { blockProblems } from "./block-limits.ts";
import type { ApiArgs } from "./http-body.ts";
import type { MethodHandler } from "./method-context.ts";
import type { ApiResult } from "./workspace.ts";

const MAX_TEXT = 40_000;

export const chatMethods: Record<string, MethodHandler> = {
  "chat.postMessage": ({ args, workspace }) => {
    const channel = workspace.resolveChannel(args.channel);
    if (!channel) return { ok: false, error: "channel_not_found" };
    const refused = refuseContent(args);
    if (refused) return refused;
    const posted = workspace.post(channel, args);
    return { ok: true, channel, ts: posted.ts, message: posted.message };
  },

  "chat.postEphemeral": ({ args, workspace, config }) => {
    const channel = workspace.resolveChannel(args.channel);
    if (!channel) return { ok: false, error: "channel_not_found" };
    if (typeof args.user !== "string" || !config.users.has(args.user)) return { ok: false, error: "user_not_found" };
    return refuseContent(args) ?? { ok: true, message_ts: workspace.ts.next() };
  },

  "chat.update": ({ args, workspace }) => {
    if (typeof args.channel !== "string" || !/^[CDG]/.test(args.channel))
      return { ok: false, error: "channel_not_found" };
    if (typeof args.ts !== "string") return { ok: false, error: "message_not_found" };
    const refused = refuseContent(args);
    if (refused) return refused;
    const updated = workspace.update(args.channel, args.ts, args);
    if (!updated) return { ok: false, error: "message_not_found" };
    return { ok: true, channel: updated.channel, ts: updated.ts, text: updated.text ?? "", message: updated.message };
  },
};

/** Slack's refusal of a message's text and blocks, or undefined when it would post it. */
function refuseContent(args: ApiArgs): ApiResult | undefined {
  const text = typeof args.text === "string" ? args.text : "";
  if (text.length === 0 && args.blocks === undefined && args.attachments === undefined)
    return { ok: false, error: "no_text" };
  if (text.length > MAX_TEXT) return { ok: false, error: "msg_too_long" };
  if (args.blocks === undefined) return undefined;
  if (typeof args.blocks === "string") return { ok: false, error: "invalid_blocks_format" };
  const problems = blockProblems(args.blocks, 50, "/blocks");
  return problems.length > 0
    ? { ok: false, error: "invalid_blocks", response_metadata: { messages: problems } }
    : undefined;
}
