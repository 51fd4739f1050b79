import type { MessageParams } from "./i18n.ts";

/**
 * An expected outcome the user must be told about ("mission full", "not allowed").
 * `code` is a key of the message catalogue; the pipeline renders it in the member's language.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = "UserError";
  }
}

/** An unexpected failure, wrapped with the event it happened in so it is logged once with its id. */
export class BotError extends Error {
  constructor(
    message: string,
    readonly eventId: string | undefined,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "BotError";
  }
}

/** A domain service's answer: a value, or an expected failure code the caller renders. */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E; params?: MessageParams };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <E extends string>(
  error: E,
  params?: MessageParams,
): { ok: false; error: E; params?: MessageParams } => (params ? { ok: false, error, params } : { ok: false, error });
