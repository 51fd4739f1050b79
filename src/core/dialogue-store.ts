import type { Database } from "../db/client.ts";
import type { Clock } from "./clock.ts";
import type { Dialogue } from "./feature.ts";
import type { ConversationRef } from "./inbound.ts";

const DEFAULT_TTL_MINUTES = 30;

export interface PendingStep {
  step: string;
  data: unknown;
}

/**
 * Dialogue steps waiting for a member's next message, persisted so that a restart does not lose
 * a half-asked question. One pending step per member and conversation; it expires.
 */
export class DialogueStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private key(conversation: ConversationRef, memberId: number) {
    return {
      channel: conversation.channel,
      workspaceId: conversation.workspaceId,
      conversationId: conversation.threadId ?? conversation.conversationId,
      memberId,
    };
  }

  async current(conversation: ConversationRef, memberId: number): Promise<PendingStep | undefined> {
    const row = await this.db.conversationState.findUnique({
      where: { channel_workspaceId_conversationId_memberId: this.key(conversation, memberId) },
    });
    if (!row || row.expiresAt <= this.clock.now()) return undefined;
    return { step: row.step, data: JSON.parse(row.data) as unknown };
  }

  /** The {@link Dialogue} handed to handlers for this member in this conversation. */
  forConversation(conversation: ConversationRef, memberId: number): Dialogue {
    const where = { channel_workspaceId_conversationId_memberId: this.key(conversation, memberId) };
    return {
      expect: async (step, data = {}, ttlMinutes = DEFAULT_TTL_MINUTES) => {
        const expiresAt = new Date(this.clock.now().getTime() + ttlMinutes * 60_000);
        const fields = { step, data: JSON.stringify(data), expiresAt };
        await this.db.conversationState.upsert({
          where,
          create: { ...this.key(conversation, memberId), ...fields },
          update: fields,
        });
      },
      pending: async (step) => {
        const current = await this.current(conversation, memberId);
        return current?.step === step ? current.data : undefined;
      },
      end: async () => {
        await this.db.conversationState.deleteMany({ where: where.channel_workspaceId_conversationId_memberId });
      },
    };
  }
}
