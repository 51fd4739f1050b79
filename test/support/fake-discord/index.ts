export type { CallPredicate, RecordedCall } from "./call-log.ts";
export { FakeDiscord, type PostedBody } from "./fake-discord.ts";
export type { Place } from "./payloads.ts";
export { type BucketRule, DISCORD_ERRORS, type InjectedError } from "./rate-limits.ts";
export { DISCORD_DEMO, type FakeDiscordConfig, type FakeUser, type StoredMessage, user } from "./world.ts";
