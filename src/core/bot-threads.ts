import type { Database } from "../db/client.ts";
import type { ConversationRef } from "./inbound.ts";

type ThreadRef = Pick<ConversationRef, "channel" | "workspaceId" | "conversationId"> & { threadId: string };

/**
 * Threads of team channels the bot takes part in: it answers a mention in a thread, and the next
 * messages of that thread reach it without a mention. Persisted, so a restart keeps the conversation.
 */
export class BotThreads {
  constructor(private readonly db: Database) {}

  async join(thread: ThreadRef): Promise<void> {
    await this.db.botThread.upsert({
      where: { channel_workspaceId_conversationId_threadId: thread },
      create: thread,
      update: {},
    });
  }

  async isJoined(thread: ThreadRef): Promise<boolean> {
    return (await this.db.botThread.count({ where: thread })) > 0;
  }
}
