/** Identifiers of the demo workspace the fake plays, shared by the fake and the payload builders. */
export const DEMO = {
  teamId: "T0DEMO",
  teamName: "Réseau santé démo",
  teamDomain: "reseau-sante-demo",
  enterpriseId: null,
  botUserId: "U0BOT",
  botId: "B0BOT",
  appId: "A0DEMO",
  /** A GP (médecin généraliste) whose e-mail is claire.martin@example.org. */
  gp: "U0GP",
  /** A coordinator of the network. */
  coordinator: "U0COORD",
  /** A public channel for mentions and threads. */
  channel: "C0GENERAL",
  botToken: "xoxb-fake-bot-token",
  appToken: "xapp-1-A0DEMO-fake-app-token",
  /** Slack's deprecated verification token, still sent in every payload. */
  verificationToken: "fake-verification-token",
} as const;

/** A member of the fake workspace, as `users.info` describes it. */
export interface FakeSlackUser {
  id: string;
  name: string;
  realName: string;
  displayName?: string;
  /** Returned by `users.info` only when the fake grants `users:read.email`. */
  email?: string;
  isBot?: boolean;
  tz?: string;
  deleted?: boolean;
}

export const DEFAULT_USERS: readonly FakeSlackUser[] = [
  {
    id: DEMO.gp,
    name: "claire.martin",
    realName: "Claire Martin",
    displayName: "Dr Claire Martin",
    email: "claire.martin@example.org",
  },
  {
    id: DEMO.coordinator,
    name: "paul.durand",
    realName: "Paul Durand",
    displayName: "Paul (coordination)",
    email: "paul.durand@example.org",
  },
  { id: DEMO.botUserId, name: "reseau-bot", realName: "Réseau bot", isBot: true },
];

/** The bot scopes the fake grants unless told otherwise (`users:read.email` included). */
export const DEFAULT_SCOPES: readonly string[] = [
  "app_mentions:read",
  "chat:write",
  "commands",
  "files:write",
  "im:history",
  "im:read",
  "im:write",
  "users:read",
  "users:read.email",
];

/** The DM channel Slack keeps between the bot and a user: stable, shared by `conversations.open` and the builders. */
export function dmChannelFor(userId: string): string {
  return /^[UW]/.test(userId) ? `D${userId.slice(1)}` : `D${userId}`;
}
