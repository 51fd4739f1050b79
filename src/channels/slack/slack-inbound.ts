import type { ConversationKind, InboundEvent, InboundPayload, SenderRef } from "../../core/inbound.ts";
import { isDirectChannel } from "./slack-sender.ts";

/** The Slack conversation an event comes from, as the core sees it. */
export interface SlackOrigin {
  teamId: string;
  channel: string;
  /** Thread the conversation continues in, when it is a thread of a shared channel. */
  threadTs?: string;
}

function conversationKind(origin: SlackOrigin): ConversationKind {
  if (isDirectChannel(origin.channel)) return "direct";
  return origin.threadTs ? "thread" : "channel";
}

/** Builds the core's event; `eventId` must be the same when Slack delivers the same event again. */
export function slackEvent(
  eventId: string,
  origin: SlackOrigin,
  sender: SenderRef,
  payload: InboundPayload,
): InboundEvent {
  const kind = conversationKind(origin);
  return {
    eventId,
    sender,
    conversation: {
      channel: "slack",
      workspaceId: origin.teamId,
      conversationId: origin.channel,
      kind,
      ...(kind === "thread" && origin.threadTs ? { threadId: origin.threadTs } : {}),
    },
    payload,
    receivedAt: new Date(),
  };
}
