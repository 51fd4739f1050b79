import { randomUUID } from "node:crypto";
import type { ConversationRef, InboundEvent, InboundPayload, SenderRef } from "../../src/core/inbound.ts";

export interface EventOverrides {
  eventId?: string;
  sender?: Partial<SenderRef>;
  conversation?: Partial<ConversationRef>;
  receivedAt?: Date;
}

/** An inbound event from `user` in their direct conversation with the bot; override any part. */
export function inbound(user: string, payload: InboundPayload, overrides: EventOverrides = {}): InboundEvent {
  return {
    eventId: overrides.eventId ?? randomUUID(),
    sender: { externalUserId: user, displayName: user, ...overrides.sender },
    conversation: {
      channel: "console",
      workspaceId: "local",
      conversationId: `dm-${user}`,
      kind: "direct",
      ...overrides.conversation,
    },
    payload,
    receivedAt: overrides.receivedAt ?? new Date(),
  };
}

export const textFrom = (user: string, text: string, overrides?: EventOverrides) =>
  inbound(user, { type: "text", text }, overrides);
export const clickFrom = (user: string, actionId: string, overrides?: EventOverrides) =>
  inbound(user, { type: "action", actionId }, overrides);
export const commandFrom = (user: string, command: string, text: string, overrides?: EventOverrides) =>
  inbound(user, { type: "command", command, text }, overrides);
