import type { HandlerContext } from "./context.ts";
import type { Replies } from "./reply.ts";

/** A patient identifier found in a message (its kind only: the value itself is never kept). */
export interface PrivacyFinding {
  kind: string;
}

/**
 * Runs on every inbound text before anything is classified, stored or logged. Provided by one
 * feature (see `Feature.provides.privacyGuard`).
 */
export interface PrivacyGuard {
  /** The text the rest of the bot may see (identifiers redacted), and what was found. */
  inspect(text: string): { text: string; findings: PrivacyFinding[] };
  /** Replies shown before the answer when something was found (e.g. a notice, once per conversation). */
  notice?(ctx: HandlerContext, findings: PrivacyFinding[]): Promise<Replies | undefined>;
}

/** Lets everything through: used only when no feature provides a guard. */
export const noPrivacyGuard: PrivacyGuard = { inspect: (text) => ({ text, findings: [] }) };
