import type { Database } from "../db/client.ts";
import type { Turn } from "./pipeline/turn.ts";

/**
 * Metadata of each handled turn (intent, confidence, outcome, latency) for quality follow-up.
 * Never the text, never a patient detail; purged after the configured retention.
 */
export class ConversationLog {
  constructor(private readonly db: Database) {}

  async record(turn: Turn, finishedAt: number): Promise<void> {
    if (turn.outcome === "duplicate") return;
    await this.db.conversationLog.create({
      data: {
        memberId: turn.member?.id ?? null,
        channel: turn.event.conversation.channel,
        conversationKind: turn.event.conversation.kind,
        eventKind: turn.event.payload.type,
        intent: turn.handledBy ?? turn.nlu?.intent ?? null,
        score: turn.nlu?.score ?? null,
        locale: turn.locale,
        outcome: turn.outcome,
        latencyMs: Math.round(finishedAt - turn.startedAt),
      },
    });
  }
}
