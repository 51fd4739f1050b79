/** A patient identifier found in a message (kind only: the value itself is never kept). */
export interface PrivacyFinding {
  kind: string;
}

/**
 * Runs on every inbound text before anything is stored or logged. Returns the text that the rest
 * of the bot may see (identifiers redacted) and what was found.
 */
export interface PrivacyGuard {
  inspect(text: string): { text: string; findings: PrivacyFinding[] };
}

/** Lets everything through; replaced by the privacy feature's guard. */
export const noPrivacyGuard: PrivacyGuard = { inspect: (text) => ({ text, findings: [] }) };
