import type { WebClient } from "@slack/web-api";
import type { SenderRef } from "../../core/inbound.ts";
import type { Logger } from "../../log.ts";

/** How long a user's name and e-mail are trusted before Slack is asked again. */
const TTL_MS = 24 * 3600_000;

/**
 * Names and e-mails of Slack users, asked once a day per user with `users.info`. The e-mail (only when
 * the app may read it) lets the core link a new identity to an imported member.
 */
export class SlackUsers {
  private readonly cache = new Map<string, { sender: SenderRef; at: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly log: Logger,
  ) {}

  async sender(userId: string): Promise<SenderRef> {
    const cached = this.cache.get(userId);
    if (cached && Date.now() - cached.at < TTL_MS) return cached.sender;
    try {
      const { user } = await this.client.users.info({ user: userId });
      const profile = user?.profile;
      const displayName = profile?.display_name || profile?.real_name || user?.real_name || user?.name;
      const sender: SenderRef = {
        externalUserId: userId,
        ...(displayName ? { displayName } : {}),
        ...(profile?.email ? { email: profile.email } : {}),
      };
      this.cache.set(userId, { sender, at: Date.now() });
      return sender;
    } catch (error) {
      this.log.warn(
        { err: error, slackError: slackErrorCode(error), userId },
        "users.info failed; going on with the user id only",
      );
      return { externalUserId: userId };
    }
  }
}

/** The `error` code of a Slack Web API failure ("channel_not_found", "ratelimited"…), if any. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}
