import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { Changes } from "../changes.ts";
import type { World } from "./world.ts";

export const GATEWAY_PATH = "/gateway";

/** Gateway opcodes the fake speaks. */
const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 } as const;

interface Session {
  id: string;
  sequence: number;
}

/**
 * Discord's gateway in JSON (no ETF, no compression): Hello, Identify → READY then one GUILD_CREATE
 * (discord.js waits 15 s for every guild of READY otherwise), Resume → RESUMED, heartbeats acked.
 * Dispatches go to the newest identified socket with increasing sequence numbers.
 */
export class Gateway {
  /** Identify and Resume payloads received, in order: the first Identify, then one per reconnection. */
  readonly sessionsStarted: ("identify" | "resume")[] = [];
  /** Intents of the last Identify. */
  intents = 0;
  /** Set: every Identify is refused with this close code (4014: an intent the portal does not allow). */
  refuseIdentify: { code: number; reason: string } | undefined;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private current: WebSocket | undefined;
  private session: Session | undefined;

  constructor(
    private readonly world: World,
    private readonly changes: Changes,
    private readonly url: () => string,
  ) {}

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = new URL(req.url ?? "/", "http://127.0.0.1").searchParams;
    if (query.get("encoding") !== "json" || query.has("compress")) {
      socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  /** Sends an event to the connected client. */
  dispatch(t: string, d: unknown): void {
    if (!this.current || !this.session) throw new Error("FakeDiscord: no gateway session to dispatch to");
    this.session.sequence += 1;
    this.current.send(JSON.stringify({ op: OP.dispatch, t, s: this.session.sequence, d }));
  }

  /** Resolves once `count` sessions (identify or resume) have been made since start. */
  async waitForSessions(count: number, timeoutMs: number): Promise<void> {
    await this.changes.until(
      () => (this.sessionsStarted.length >= count && this.current ? true : undefined),
      timeoutMs,
      () => `${count} gateway sessions (so far: ${this.sessionsStarted.join(", ") || "none"})`,
    );
  }

  /** Drops the connection without a close frame, as a network failure would; the client resumes. */
  drop(): void {
    this.current?.terminate();
    this.current = undefined;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on("close", () => {
      this.sockets.delete(ws);
      if (this.current === ws) this.current = undefined;
    });
    ws.on("message", (raw) => this.receive(ws, JSON.parse(String(raw)) as { op: number; d: unknown }));
    ws.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
  }

  private receive(ws: WebSocket, payload: { op: number; d: unknown }): void {
    switch (payload.op) {
      case OP.heartbeat:
        ws.send(JSON.stringify({ op: OP.heartbeatAck, d: null }));
        return;
      case OP.identify:
        this.identify(ws, payload.d as { token: string; intents: number });
        return;
      case OP.resume:
        this.resume(ws, payload.d as { token: string; session_id: string; seq: number });
        return;
    }
  }

  private identify(ws: WebSocket, d: { token: string; intents: number }): void {
    const { config } = this.world;
    if (d.token !== config.token) {
      ws.close(4004, "Authentication failed");
      return;
    }
    if (this.refuseIdentify) {
      ws.close(this.refuseIdentify.code, this.refuseIdentify.reason);
      return;
    }
    this.intents = d.intents;
    this.current = ws;
    this.session = { id: `session-${this.world.ids.next()}`, sequence: 0 };
    this.sessionsStarted.push("identify");
    this.dispatch("READY", {
      v: 10,
      user: config.botUser,
      guilds: [{ id: config.guildId, unavailable: true }],
      session_id: this.session.id,
      resume_gateway_url: this.url(),
      shard: [0, 1],
      application: { id: config.applicationId, flags: 0 },
    });
    this.dispatch("GUILD_CREATE", this.guild());
    this.changes.notify();
  }

  private resume(ws: WebSocket, d: { token: string; session_id: string }): void {
    if (d.token !== this.world.config.token || d.session_id !== this.session?.id) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.current = ws;
    this.sessionsStarted.push("resume");
    this.dispatch("RESUMED", {});
    this.changes.notify();
  }

  private guild(): Record<string, unknown> {
    const { config } = this.world;
    return {
      id: config.guildId,
      name: "Réseau de santé (fake)",
      icon: null,
      owner_id: config.users[0]?.id ?? config.botUser.id,
      unavailable: false,
      large: false,
      member_count: config.users.length + 1,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [
        {
          id: config.guildId,
          name: "@everyone",
          permissions: "0",
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: [
        {
          id: config.channelId,
          type: 0,
          name: "coordination",
          guild_id: config.guildId,
          position: 0,
          permission_overwrites: [],
        },
      ],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
    };
  }
}
