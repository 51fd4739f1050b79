import type { IdSequence } from "../ids.ts";
import type { FakeSlackConfig } from "../options.ts";
import type { SocketServer } from "./socket-server.ts";

export type EnvelopeType = "events_api" | "interactive" | "slash_commands";

export interface EnvelopeOptions {
  /** Set on a redelivery: Slack sends the same event again in a new envelope. */
  retryAttempt?: number;
  /** Why Slack redelivers ("timeout" when the first delivery was not acked in time). */
  retryReason?: string;
  /** Defaults as Slack sets it: true for slash commands, view submissions and block suggestions. */
  acceptsResponsePayload?: boolean;
  /** How long to wait for an open connection and then for the ack before rejecting. */
  timeoutMs?: number;
}

/** The client's acknowledgement of an envelope. */
export interface EnvelopeAck {
  envelopeId: string;
  /** What the client sent with the ack (SocketModeClient always sends one, `{}` when the app gave nothing). */
  payload?: Record<string, unknown>;
  latencyMs: number;
  /** True when the ack came after Slack's deadline (see `fake.lateAcks`). */
  late: boolean;
}

/** An ack that came after Slack's deadline: on Slack the user would have seen an error or got a retry. */
export class LateAckError extends Error {
  readonly code = "slack.late_ack";

  constructor(
    readonly envelopeId: string,
    readonly type: EnvelopeType,
    readonly latencyMs: number,
    readonly deadlineMs: number,
  ) {
    super(`Envelope ${envelopeId} (${type}) acked after ${latencyMs} ms; Slack's deadline is ${deadlineMs} ms`);
    this.name = "LateAckError";
  }
}

interface Pending {
  type: EnvelopeType;
  sentAt: number;
  resolve: (ack: EnvelopeAck) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Sends envelopes over the current socket and matches the acks that come back. */
export class Envelopes {
  readonly lateAcks: LateAckError[] = [];
  /** Client messages that were not the first ack of a pending envelope (duplicate acks, garbage). */
  readonly unexpectedMessages: unknown[] = [];
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly config: FakeSlackConfig,
    private readonly ids: IdSequence,
    private readonly sockets: SocketServer,
  ) {}

  async send(
    type: EnvelopeType,
    payload: Record<string, unknown>,
    options: EnvelopeOptions = {},
  ): Promise<EnvelopeAck> {
    const timeoutMs = options.timeoutMs ?? this.config.ackDeadlineMs + 2000;
    const ws = await this.sockets.waitForOpen(timeoutMs);
    const envelopeId = this.ids.next("env-");
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: options.acceptsResponsePayload ?? acceptsResponsePayload(type, payload),
      ...(type === "events_api"
        ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? "" }
        : {}),
    };
    const acked = new Promise<EnvelopeAck>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(envelopeId, `envelope ${envelopeId} (${type}) not acked within ${timeoutMs} ms`),
        timeoutMs,
      );
      this.pending.set(envelopeId, { type, sentAt: this.config.now(), resolve, reject, timer });
    });
    // Marks the promise handled: a test that fires and forgets an envelope must not fail on stop().
    acked.catch(() => undefined);
    ws.send(JSON.stringify(envelope), (error) => {
      if (error) this.fail(envelopeId, `could not send envelope ${envelopeId}: ${error.message}`);
    });
    return acked;
  }

  /** A message from a client: the ack `{ envelope_id, payload? }` of a pending envelope, or unexpected. */
  receive(message: unknown): void {
    const envelopeId = (message as { envelope_id?: unknown } | null)?.envelope_id;
    const pending = typeof envelopeId === "string" ? this.pending.get(envelopeId) : undefined;
    if (!pending || typeof envelopeId !== "string") {
      this.unexpectedMessages.push(message);
      return;
    }
    this.pending.delete(envelopeId);
    clearTimeout(pending.timer);
    const latencyMs = this.config.now() - pending.sentAt;
    const late = latencyMs > this.config.ackDeadlineMs;
    if (late) this.lateAcks.push(new LateAckError(envelopeId, pending.type, latencyMs, this.config.ackDeadlineMs));
    const payload = (message as { payload?: Record<string, unknown> }).payload;
    pending.resolve({ envelopeId, ...(payload !== undefined ? { payload } : {}), latencyMs, late });
  }

  /** Rejects the envelopes still waiting for an ack (the fake is stopping). */
  abandon(): void {
    for (const envelopeId of [...this.pending.keys()])
      this.fail(envelopeId, `stopped before envelope ${envelopeId} was acked`);
  }

  private fail(envelopeId: string, reason: string): void {
    const pending = this.pending.get(envelopeId);
    if (!pending) return;
    this.pending.delete(envelopeId);
    clearTimeout(pending.timer);
    pending.reject(new Error(`FakeSlack: ${reason}`));
  }
}

function acceptsResponsePayload(type: EnvelopeType, payload: Record<string, unknown>): boolean {
  if (type === "slash_commands") return true;
  return type === "interactive" && (payload.type === "view_submission" || payload.type === "block_suggestion");
}
