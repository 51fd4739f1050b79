import type { Clock } from "./clock.ts";
import type { Dialogue } from "./context.ts";
import type { ConversationRef } from "./inbound.ts";
import type { Database } from "./persistence.ts";

const DEFAULT_TTL_MINUTES = 30;

export interface PendingStep {
  step: string;
  data: unknown;
}

/**
 * Dialogue steps waiting for a member's next message, persisted so that a restart does not lose a
 * half-asked question. One step is pending per member and conversation; a step the member moved on
 * from may be set aside (parked) and resumed later. Every step expires.
 */
export class DialogueStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  private conversationKey(conversation: ConversationRef, memberId: number) {
    return {
      channel: conversation.channel,
      workspaceId: conversation.workspaceId,
      conversationId: conversation.threadId ?? conversation.conversationId,
      memberId,
    };
  }

  /** The step pending in this conversation (not a parked one), if it has not expired. */
  async current(conversation: ConversationRef, memberId: number): Promise<PendingStep | undefined> {
    const row = await this.db.conversationState.findFirst({
      where: { ...this.conversationKey(conversation, memberId), parkedAt: null, expiresAt: { gt: this.clock.now() } },
      orderBy: { updatedAt: "desc" },
    });
    return row ? { step: row.step, data: JSON.parse(row.data) as unknown } : undefined;
  }

  /** Ends whatever step is pending (not the parked ones). */
  async endCurrent(conversation: ConversationRef, memberId: number): Promise<void> {
    await this.db.conversationState.deleteMany({
      where: { ...this.conversationKey(conversation, memberId), parkedAt: null },
    });
  }

  /** Sets the pending step aside: it no longer reads messages, but can be resumed until it expires. */
  async park(conversation: ConversationRef, memberId: number, step: string): Promise<void> {
    await this.db.conversationState.updateMany({
      where: { ...this.conversationKey(conversation, memberId), step },
      data: { parkedAt: this.clock.now() },
    });
  }

  /** The {@link Dialogue} handed to handlers for this member in this conversation. */
  forConversation(conversation: ConversationRef, memberId: number): Dialogue {
    const key = this.conversationKey(conversation, memberId);
    return {
      expect: async (step, data = {}, ttlMinutes = DEFAULT_TTL_MINUTES) => {
        const expiresAt = new Date(this.clock.now().getTime() + ttlMinutes * 60_000);
        const fields = { data: JSON.stringify(data), expiresAt, parkedAt: null };
        await this.db.$transaction([
          // One step pending at a time: another one pending in this conversation is over.
          this.db.conversationState.deleteMany({ where: { ...key, parkedAt: null, step: { not: step } } }),
          this.db.conversationState.upsert({
            where: { channel_workspaceId_conversationId_memberId_step: { ...key, step } },
            create: { ...key, step, ...fields },
            update: fields,
          }),
        ]);
      },
      pending: async (step) => {
        const row = await this.db.conversationState.findUnique({
          where: { channel_workspaceId_conversationId_memberId_step: { ...key, step } },
        });
        return row && row.expiresAt > this.clock.now() ? (JSON.parse(row.data) as unknown) : undefined;
      },
      end: async (step) => {
        await this.db.conversationState.deleteMany({ where: { ...key, step } });
      },
    };
  }
}
