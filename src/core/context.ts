import type { Logger } from "../log.ts";
import type { HandoffRequest } from "./handoff.ts";
import type { Translate } from "./i18n.ts";
import type { InboundEvent } from "./inbound.ts";
import type { Locale } from "./locale.ts";
import type { MemberProfile } from "./members/member-profile.ts";
import type { NluResult } from "./nlu-port.ts";
import type { Reply } from "./reply.ts";
import type { Services } from "./services.ts";

/** The dialogue of one member in one conversation: lets a handler wait for the next message. */
export interface Dialogue {
  /**
   * The next messages of this conversation that answer `step` (a key of some feature's `steps`) go to
   * it first. One step is pending at a time: expecting another one replaces it.
   */
  expect(step: string, data?: unknown, ttlMinutes?: number): Promise<void>;
  /** Data of `step` if it is pending (or set aside when the member moved on) and has not expired. */
  pending(step: string): Promise<unknown | undefined>;
  /** Ends `step`, pending or set aside: its question is answered, or abandoned. */
  end(step: string): Promise<void>;
}

/** Everything a handler knows about the event it answers. */
export interface HandlerContext {
  event: InboundEvent;
  member: MemberProfile;
  locale: Locale;
  t: Translate;
  services: Services;
  dialogue: Dialogue;
  /** Logger bound to the event id. */
  log: Logger;
  /** Hands a question to the coordination team (or offers to): the replies to show the member. */
  handoff(request: HandoffRequest): Promise<Reply[]>;
}

/** A text message, redacted by the privacy guard, with what the NLU understood. */
export interface MessageContext extends HandlerContext {
  text: string;
  nlu: NluResult;
}
