import type { FakeSlackUser } from "./defaults.ts";
import { DEFAULT_SCOPES, DEFAULT_USERS, DEMO } from "./defaults.ts";

/** How a {@link FakeSlack} plays its workspace. Every field has a demo default. */
export interface FakeSlackOptions {
  botToken?: string;
  /** App-level token (`xapp-…`), the only one `apps.connections.open` accepts. */
  appToken?: string;
  teamId?: string;
  teamName?: string;
  teamDomain?: string;
  botUserId?: string;
  botId?: string;
  appId?: string;
  users?: readonly FakeSlackUser[];
  /** Scopes granted to the bot token; drop `users:read.email` to hide e-mails. */
  scopes?: readonly string[];
  /** Slack's deadline for a Socket Mode ack (3 s); lower it so a test of a late ack does not wait. */
  ackDeadlineMs?: number;
  /** How often the fake pings each Socket Mode client, as Slack does (the client gives up after 30 s without one). */
  pingIntervalMs?: number;
  /** Clock for `at`, message `ts` and ack latencies (milliseconds since the epoch). */
  now?: () => number;
}

export type FakeSlackConfig = Required<Omit<FakeSlackOptions, "users" | "scopes">> & {
  users: ReadonlyMap<string, FakeSlackUser>;
  scopes: ReadonlySet<string>;
};

export function resolveOptions(options: FakeSlackOptions): FakeSlackConfig {
  const users = options.users ?? DEFAULT_USERS;
  return {
    botToken: options.botToken ?? DEMO.botToken,
    appToken: options.appToken ?? DEMO.appToken,
    teamId: options.teamId ?? DEMO.teamId,
    teamName: options.teamName ?? DEMO.teamName,
    teamDomain: options.teamDomain ?? DEMO.teamDomain,
    botUserId: options.botUserId ?? DEMO.botUserId,
    botId: options.botId ?? DEMO.botId,
    appId: options.appId ?? DEMO.appId,
    users: new Map(users.map((user) => [user.id, user])),
    scopes: new Set(options.scopes ?? DEFAULT_SCOPES),
    ackDeadlineMs: options.ackDeadlineMs ?? 3000,
    pingIntervalMs: options.pingIntervalMs ?? 10_000,
    now: options.now ?? Date.now,
  };
}
