import type { HandoffKnown } from "../../core/handoff.ts";
import type { RequestKind, Urgency } from "../../core/persistence.ts";
import { type NeedKind, needOfResourceType } from "./vocabulary.ts";

/** Below this many words, the message that opened the request does not describe the situation: ask for it. */
const MIN_SUMMARY_WORDS = 8;

export type DraftField = "summary" | "needType" | "communeCode" | "urgency" | "callback";

/** The order in which missing fields are asked. */
export const DRAFT_FIELDS: readonly DraftField[] = ["summary", "needType", "communeCode", "urgency", "callback"];

/** A request being written with the member; persisted as the dialogue step's data. */
export interface RequestDraft {
  kind: RequestKind;
  summary?: string;
  needType?: NeedKind;
  /** INSEE code, or null for a commune outside the territory. */
  communeCode?: string | null;
  urgency?: Urgency;
  callback?: string;
  /** "offer": waiting for the member to accept handing the question over; "confirm": ready to send. */
  awaiting: DraftField | "offer" | "confirm";
}

/** A draft prefilled from the message that opened it and what the conversation knows. */
export function draftFrom(kind: RequestKind, text: string, known: HandoffKnown): RequestDraft {
  const draft: RequestDraft = { kind, awaiting: "summary" };
  if (text.trim().split(/\s+/).length >= MIN_SUMMARY_WORDS) draft.summary = text.trim();
  const need = needOfResourceType(known.resourceType);
  if (need) draft.needType = need;
  if (known.communeCode) draft.communeCode = known.communeCode;
  return draft;
}
