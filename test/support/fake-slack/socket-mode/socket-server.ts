import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";
import { WebSocketServer } from "ws";
import type { Changes } from "../../changes.ts";
import type { IdSequence } from "../ids.ts";
import type { FakeSlackConfig } from "../options.ts";

export const SOCKET_PATH = "/socket";

/** Why Slack asks a client to reconnect (the `reason` of a `disconnect` message), or "close" to drop the socket. */
export type DisconnectReason = "refresh_requested" | "warning" | "link_disabled" | "close";

/**
 * The Socket Mode endpoint: one-use tickets from `apps.connections.open`, a `hello` on every connection,
 * `disconnect` messages. Messages from clients go to `onMessage`.
 */
export class SocketServer {
  /** Connections since start whose client has read its `hello`. */
  connections = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  /** Every socket, ready or not. */
  private readonly sockets = new Set<WebSocket>();
  /** Sockets whose client has read the `hello`, oldest first. */
  private readonly open: WebSocket[] = [];

  constructor(
    private readonly config: FakeSlackConfig,
    private readonly ids: IdSequence,
    private readonly changes: Changes,
    private readonly onMessage: (message: unknown) => void,
  ) {}

  /** A one-use URL, as `apps.connections.open` returns (Slack's are `wss://…/link/?ticket=…&app_id=…`). */
  issueUrl(origin: string): string {
    const ticket = this.ids.next("ticket-");
    this.tickets.add(ticket);
    return `${origin.replace(/^http/, "ws")}${SOCKET_PATH}?ticket=${ticket}&app_id=${this.config.appId}`;
  }

  /** Takes an HTTP upgrade: refuses an unknown or used ticket with 401, as Slack refuses a stale URL. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const ticket = new URL(req.url ?? "/", "http://127.0.0.1").searchParams.get("ticket");
    if (!ticket || !this.tickets.delete(ticket)) {
      socket.end("HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  /** The socket Slack would deliver to now: the newest open one. */
  current(): WebSocket | undefined {
    return this.open.at(-1);
  }

  waitForOpen(timeoutMs: number): Promise<WebSocket> {
    return this.changes.until(
      () => this.current(),
      timeoutMs,
      () => "an open Socket Mode connection",
    );
  }

  /** Resolves once `count` connections have been made since start and one of them is open. */
  async waitForConnection(count: number, timeoutMs: number): Promise<void> {
    await this.changes.until(
      () => (this.connections >= count && this.current() ? true : undefined),
      timeoutMs,
      () => `Socket Mode connection #${count} (${this.connections} so far, ${this.open.length} open)`,
    );
  }

  /** Asks the current client to reconnect (or drops its socket); resolves when that socket has closed. */
  async disconnect(reason: DisconnectReason, timeoutMs: number): Promise<void> {
    const ws = await this.waitForOpen(timeoutMs);
    if (reason === "close") ws.close(1001, "going away");
    else ws.send(JSON.stringify({ type: "disconnect", reason, debug_info: { host: "fake-slack" } }));
    await this.changes.until(
      () => (this.open.includes(ws) ? undefined : true),
      timeoutMs,
      () => "the client to close its socket",
    );
  }

  /** Closes every socket (terminating those that do not answer the close) and the server. */
  async close(): Promise<void> {
    const closing = [...this.sockets].map(
      (ws) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => ws.terminate(), 200);
          ws.once("close", () => {
            clearTimeout(timer);
            resolve();
          });
          ws.close(1001, "server stopping");
        }),
    );
    await Promise.all(closing);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    // Slack pings its clients; SocketModeClient drops a connection whose pings stop for 30 s.
    const pinging = setInterval(() => {
      if (ws.readyState === ws.OPEN) ws.ping();
    }, this.config.pingIntervalMs).unref();
    ws.on("message", (data, isBinary) => this.onMessage(isBinary ? { binary: true } : parseJson(data.toString())));
    ws.on("close", () => {
      clearInterval(pinging);
      this.sockets.delete(ws);
      const index = this.open.indexOf(ws);
      if (index >= 0) this.open.splice(index, 1);
      this.changes.notify();
    });
    ws.on("error", () => ws.terminate());
    // The pong to a ping sent right after the hello proves the client has read the hello, as frames are read in order.
    ws.once("pong", () => {
      this.open.push(ws);
      this.connections += 1;
      this.changes.notify();
    });
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: this.sockets.size,
        debug_info: { host: "fake-slack", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: this.config.appId },
      }),
    );
    ws.ping();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unparsable: text };
  }
}
