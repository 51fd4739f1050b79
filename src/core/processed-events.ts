import type { Database } from "../db/client.ts";
import type { InboundEvent } from "./inbound.ts";

/**
 * Event ids already handled, persisted: platforms redeliver events (Slack retries, Socket Mode
 * redelivery), and a redelivered event must not be answered twice, even across a restart.
 */
export class ProcessedEvents {
  constructor(private readonly db: Database) {}

  /** Records the event; false when it had been recorded before. */
  async markNew(event: InboundEvent): Promise<boolean> {
    const { channel, workspaceId } = event.conversation;
    try {
      await this.db.processedEvent.create({ data: { key: `${channel}:${workspaceId}:${event.eventId}` } });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    }
  }
}
