import type { FakeUser, StoredMessage, World } from "./world.ts";

/** Where a member acts: their DM with the bot, or the guild's text channel. */
export type Place = "dm" | "guild";

const member = (user: FakeUser) => ({
  user,
  roles: [],
  joined_at: "2026-01-05T09:00:00.000Z",
  deaf: false,
  mute: false,
  flags: 0,
  permissions: "0",
});

/** A MESSAGE_CREATE a member wrote: in their DM, or in the guild channel (mentioning the bot when asked). */
export function messageCreate(
  world: World,
  author: FakeUser,
  content: string,
  place: Place,
  mentionsBot = false,
): Record<string, unknown> {
  const { config } = world;
  const channelId = place === "dm" ? world.dmChannel(author.id) : config.channelId;
  const message = world.store(channelId, { content }, author);
  return {
    ...world.api(message),
    mentions: mentionsBot ? [config.botUser] : [],
    ...(place === "dm"
      ? { channel_type: 1 }
      : { guild_id: config.guildId, member: { ...member(author), user: undefined }, channel_type: 0 }),
  };
}

interface InteractionBase {
  id: string;
  token: string;
  user: FakeUser;
  place: Place;
  locale?: string;
}

/** The fields every INTERACTION_CREATE has (discord.js needs `entitlements`). */
function interaction(world: World, base: InteractionBase, type: number, data: unknown, message?: StoredMessage) {
  const { config } = world;
  const channelId = base.place === "dm" ? world.dmChannel(base.user.id) : config.channelId;
  return {
    id: base.id,
    application_id: config.applicationId,
    type,
    token: base.token,
    version: 1,
    locale: base.locale ?? "fr",
    app_permissions: "0",
    entitlements: [],
    authorizing_integration_owners: { "0": config.guildId },
    context: base.place === "dm" ? 1 : 0,
    channel_id: channelId,
    channel:
      base.place === "dm"
        ? { id: channelId, type: 1, recipients: [base.user] }
        : { id: channelId, type: 0, guild_id: config.guildId, name: "coordination" },
    ...(base.place === "dm"
      ? { user: base.user }
      : { guild_id: config.guildId, guild_locale: "fr", member: member(base.user) }),
    ...(message ? { message: world.api(message) } : {}),
    data,
  };
}

export const buttonClick = (world: World, base: InteractionBase, message: StoredMessage, customId: string) =>
  interaction(world, base, 3, { custom_id: customId, component_type: 2 }, message);

export const slashCommand = (world: World, base: InteractionBase, name: string, options: Record<string, string>) =>
  interaction(world, base, 2, {
    id: world.ids.next(),
    name,
    type: 1,
    guild_id: world.config.guildId,
    options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
  });

/** A modal's submission: each value goes to the component with that custom_id (a text input, or a select's choice). */
export function modalSubmit(
  world: World,
  base: InteractionBase,
  customId: string,
  values: Record<string, { text: string } | { choice: string }>,
) {
  const components = Object.entries(values).map(([field, value], i) => ({
    type: 18,
    id: i + 1,
    component:
      "text" in value
        ? { type: 4, id: 100 + i, custom_id: field, value: value.text }
        : { type: 3, id: 100 + i, custom_id: field, values: value.choice ? [value.choice] : [] },
  }));
  return interaction(world, base, 5, { custom_id: customId, components });
}
