import { DiscordAPIError, RESTJSONErrorCodes } from "discord.js";

/** Discord's JSON error codes the channel acts on. */
export const DISCORD_CODES = {
  /** The interaction token expired (not answered within 3 s) or was already used. */
  unknownInteraction: RESTJSONErrorCodes.UnknownInteraction,
  /** The member does not accept direct messages from the bot (privacy settings, no shared server, blocked). */
  cannotDm: RESTJSONErrorCodes.CannotSendMessagesToThisUser,
} as const;

/** Discord's error code of a failed REST call (10062, 50007…), if it is one. */
export const discordCode = (error: unknown): number | string | undefined =>
  error instanceof DiscordAPIError ? error.code : undefined;

/** "Discord 50007: Cannot send messages to this user", for logs and a delivery's reason. */
export function describeDiscordError(error: unknown): string {
  if (error instanceof DiscordAPIError) return `Discord ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
