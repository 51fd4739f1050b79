import { Snowflakes } from "./snowflakes.ts";

/** A Discord user as the API shows one. */
export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: "0";
  avatar: null;
  bot?: boolean;
}

export interface FakeDiscordConfig {
  token: string;
  applicationId: string;
  guildId: string;
  /** The network's text channel in the guild. */
  channelId: string;
  botUser: FakeUser;
  users: FakeUser[];
}

export const user = (id: string, username: string, globalName: string | null = null): FakeUser => ({
  id,
  username,
  global_name: globalName,
  discriminator: "0",
  avatar: null,
});

/** The fake's defaults: a guild with one text channel, a GP, a coordinator and a volunteer. */
export const DISCORD_DEMO = {
  token: "fake-discord-bot-token.0123456789.abcdefghijklmnop",
  applicationId: "1100000000000000001",
  guildId: "1100000000000000002",
  channelId: "1100000000000000003",
  bot: user("1100000000000000009", "reseau-bot"),
  gp: user("1200000000000000001", "claire.martin", "Claire Martin"),
  coordinator: user("1200000000000000002", "paul.durand", "Paul Durand"),
  volunteer: user("1200000000000000003", "ines", "Inès"),
} as const;

export function defaultConfig(overrides: Partial<FakeDiscordConfig> = {}): FakeDiscordConfig {
  return {
    token: DISCORD_DEMO.token,
    applicationId: DISCORD_DEMO.applicationId,
    guildId: DISCORD_DEMO.guildId,
    channelId: DISCORD_DEMO.channelId,
    botUser: { ...DISCORD_DEMO.bot, bot: true },
    users: [DISCORD_DEMO.gp, DISCORD_DEMO.coordinator, DISCORD_DEMO.volunteer],
    ...overrides,
  };
}

/** A message as the fake stores it: what the bot posted (or a member wrote), edits applied. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  author: FakeUser;
  content: string;
  components: unknown[];
  flags: number;
  timestamp: string;
  message_reference?: unknown;
}

/** Users, DM channels and messages of the fake guild. */
export class World {
  readonly ids = new Snowflakes();
  private readonly dmChannels = new Map<string, string>();
  private readonly stored = new Map<string, StoredMessage>();

  constructor(readonly config: FakeDiscordConfig) {}

  userById(id: string): FakeUser {
    return this.config.users.find((u) => u.id === id) ?? user(id, `user-${id.slice(-4)}`);
  }

  /** The DM channel with a user: the same each time, as Discord's. */
  dmChannel(userId: string): string {
    let id = this.dmChannels.get(userId);
    if (!id) {
      id = this.ids.next();
      this.dmChannels.set(userId, id);
    }
    return id;
  }

  isDmChannel(channelId: string): boolean {
    return [...this.dmChannels.values()].includes(channelId);
  }

  /** The user whose DM channel this is. */
  dmRecipient(channelId: string): string | undefined {
    return [...this.dmChannels.entries()].find(([, id]) => id === channelId)?.[0];
  }

  store(channelId: string, body: Record<string, unknown>, author: FakeUser = this.config.botUser): StoredMessage {
    const message: StoredMessage = {
      id: this.ids.next(),
      channel_id: channelId,
      author,
      content: typeof body.content === "string" ? body.content : "",
      components: Array.isArray(body.components) ? body.components : [],
      flags: typeof body.flags === "number" ? body.flags : 0,
      timestamp: new Date().toISOString(),
      ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    };
    this.stored.set(message.id, message);
    return message;
  }

  edit(messageId: string, body: Record<string, unknown>): StoredMessage | undefined {
    const message = this.stored.get(messageId);
    if (!message) return undefined;
    if (typeof body.content === "string") message.content = body.content;
    if (Array.isArray(body.components)) message.components = body.components;
    return message;
  }

  message(id: string): StoredMessage | undefined {
    return this.stored.get(id);
  }

  messages(channelId?: string): StoredMessage[] {
    return [...this.stored.values()].filter((m) => channelId === undefined || m.channel_id === channelId);
  }

  /** A message as the API returns it. */
  api(message: StoredMessage): Record<string, unknown> {
    return {
      ...message,
      type: message.message_reference ? 19 : 0,
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
    };
  }
}
