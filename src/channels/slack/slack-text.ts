/**
 * What a member wrote on Slack, as plain text for the core: Slack's markup of mentions, channels and
 * links becomes their readable form, and its HTML escapes are undone. Mentions of the bot disappear.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) =>
      id === botUserId ? "" : `@${name ?? id}`,
    )
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<!(channel|here|everyone)>/g, "@$1")
    .replace(/<(?:mailto:|tel:)?([^>|]+)\|([^>]*)>/g, "$2")
    .replace(/<([^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the text mentions the bot: such a channel message also arrives as an `app_mention`. */
export const mentionsUser = (text: string, userId: string | undefined): boolean =>
  Boolean(userId) && text.includes(`<@${userId}`);
