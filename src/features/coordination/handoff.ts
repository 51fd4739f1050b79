import type { HandlerContext, HandoffRequest } from "../../core/feature.ts";
import type { RequestKind } from "../../core/persistence.ts";
import type { Reply } from "../../core/reply.ts";
import { draftFrom } from "./draft.ts";
import { askNext, offerHandoff } from "./request-form.ts";

/** A question the bot could not place becomes "unanswered"; one it knows but cannot answer, a "question". */
const KIND_OF: Record<HandoffRequest["reason"], RequestKind> = {
  unclear: "unanswered",
  asked: "unanswered",
  "not-found": "question",
  clinical: "question",
};

/** How the offer reads: the bot could not answer, or the directory had nobody for the need. */
const OFFER_KEY: Record<HandoffRequest["reason"], string> = {
  unclear: "coordination.offer",
  asked: "coordination.offer",
  "not-found": "coordination.offer.notFound",
  clinical: "coordination.offer.clinical",
};

/**
 * The hand-off the coordination feature provides to the others: a request to the team prefilled with
 * what the conversation knows, offered first or started at once.
 */
export function handOffToTeam(ctx: HandlerContext, request: HandoffRequest): Promise<Reply> {
  const draft = draftFrom(KIND_OF[request.reason], request.text, request.known ?? {});
  return request.mode === "offer" ? offerHandoff(ctx, draft, OFFER_KEY[request.reason]) : askNext(ctx, draft);
}
