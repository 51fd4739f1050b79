import type { HandlerContext } from "../context.ts";
import type { InboundEvent } from "../inbound.ts";
import type { Locale } from "../locale.ts";
import type { MemberProfile } from "../members/member-profile.ts";
import type { NluResult } from "../nlu-port.ts";
import type { PrivacyFinding } from "../privacy-port.ts";
import type { Form, Reply } from "../reply.ts";

/** How a turn ended, for the conversation log and the metrics. */
export type Outcome =
  | "answered"
  | "clarified"
  | "handed-off"
  | "out-of-scope"
  | "nothing-to-choose"
  | "refused"
  | "stale-action"
  | "unknown-command"
  | "rate-limited"
  | "duplicate"
  | "error";

/** One inbound event on its way through the pipeline. Stages fill it in order. */
export interface Turn {
  event: InboundEvent;
  startedAt: number;
  member?: MemberProfile;
  locale: Locale;
  /** The message text after the privacy guard: the only version anything downstream sees. */
  text?: string;
  /** A submitted form's values after the privacy guard. */
  values?: Record<string, string>;
  findings: PrivacyFinding[];
  nlu?: NluResult;
  context?: HandlerContext;
  /** Shown before the answer and kept even when the answer fails (e.g. the privacy notice). */
  notices: Reply[];
  replies: Reply[];
  outcome: Outcome;
  /** A form to open, for a click on a form button. */
  form?: Form;
  /** The intent, action or command that handled the turn. */
  handledBy?: string;
}

/** A pipeline stage: fills the turn, and returns "stop" when the turn is complete. */
export type Stage = (turn: Turn) => Promise<void | "stop">;

/** The fields set once member resolution has run. */
export function memberOf(turn: Turn): MemberProfile {
  if (!turn.member) throw new Error("Pipeline order: member resolution must run before this stage");
  return turn.member;
}

export function contextOf(turn: Turn): HandlerContext {
  if (!turn.context) throw new Error("Pipeline order: the context stage must run before this stage");
  return turn.context;
}
