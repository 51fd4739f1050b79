import { fail, ok, type Result } from "../../core/errors.ts";
import type {
  Channel,
  CoordinationRequest,
  Database,
  RequestEvent,
  RequestKind,
  RequestStatus,
  Urgency,
} from "../../core/persistence.ts";
import { ANSWER_WITHIN_HOURS, type NeedKind } from "./vocabulary.ts";

export type Request = CoordinationRequest;
export type RequestWithHistory = CoordinationRequest & { events: RequestEvent[] };

export interface NewRequest {
  requesterId: number;
  kind: RequestKind;
  needType: NeedKind;
  communeCode: string | null;
  urgency: Urgency;
  /** The professional's call-back number, or "message" to be answered in chat. */
  callback: string;
  /** Already redacted by the privacy guard. */
  summary: string;
  sourceChannel: Channel;
  sourceConversationId: string;
}

/** Statuses in which the team still owes an answer. */
const PENDING: RequestStatus[] = ["open", "claimed"];

export type ClaimError =
  | "coordination.error.notFound"
  | "coordination.error.alreadyClaimed"
  | "coordination.error.finished";
export type AnswerError =
  | "coordination.error.notFound"
  | "coordination.error.finished"
  | "coordination.error.claimedByOther";

/**
 * The lifecycle of coordination requests: open → claimed → answered (→ closed), each change
 * recorded in the request's status history with who made it.
 */
export class CoordinationRequests {
  constructor(private readonly db: Database) {}

  async create(input: NewRequest, now: Date): Promise<Request> {
    const expectedBy = new Date(now.getTime() + ANSWER_WITHIN_HOURS[input.urgency] * 3600_000);
    return this.db.coordinationRequest.create({
      data: {
        ...input,
        status: "open",
        expectedBy,
        createdAt: now,
        events: { create: { status: "open", actorId: input.requesterId, createdAt: now } },
      },
    });
  }

  find(id: number): Promise<RequestWithHistory | null> {
    return this.db.coordinationRequest.findUnique({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
  }

  /** A coordinator takes the request: the others see it is handled. */
  async claim(id: number, coordinatorId: number, now: Date): Promise<Result<Request, ClaimError>> {
    const request = await this.db.coordinationRequest.findUnique({ where: { id } });
    if (!request) return fail("coordination.error.notFound", { id });
    if (!PENDING.includes(request.status)) return fail("coordination.error.finished", { id });
    if (request.status === "claimed") {
      return request.assigneeId === coordinatorId ? ok(request) : fail("coordination.error.alreadyClaimed", { id });
    }
    const updated = await this.transition(
      request,
      { status: "claimed", assigneeId: coordinatorId },
      coordinatorId,
      now,
    );
    return updated ? ok(updated) : fail("coordination.error.alreadyClaimed", { id });
  }

  /** Answers the request (claiming it if nobody had); the answer then goes to the asker. */
  async answer(id: number, coordinatorId: number, answer: string, now: Date): Promise<Result<Request, AnswerError>> {
    const request = await this.db.coordinationRequest.findUnique({ where: { id } });
    if (!request) return fail("coordination.error.notFound", { id });
    if (!PENDING.includes(request.status)) return fail("coordination.error.finished", { id });
    if (request.status === "claimed" && request.assigneeId !== coordinatorId)
      return fail("coordination.error.claimedByOther", { id });
    const updated = await this.transition(
      request,
      { status: "answered", assigneeId: coordinatorId, answer },
      coordinatorId,
      now,
    );
    return updated ? ok(updated) : fail("coordination.error.claimedByOther", { id });
  }

  /** Requests still waiting for the team, oldest first. */
  pending(): Promise<Request[]> {
    return this.db.coordinationRequest.findMany({ where: { status: { in: PENDING } }, orderBy: { createdAt: "asc" } });
  }

  /**
   * Compare-and-set on the status the caller saw, so two coordinators acting at once cannot both
   * win; null when someone else changed the request first.
   */
  private async transition(
    seen: Request,
    change: { status: RequestStatus; assigneeId: number; answer?: string },
    actorId: number,
    now: Date,
  ): Promise<Request | null> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.coordinationRequest.updateMany({
        where: { id: seen.id, status: seen.status, assigneeId: seen.assigneeId },
        data: { ...change, updatedAt: now },
      });
      if (count !== 1) return null;
      await tx.requestEvent.create({ data: { requestId: seen.id, status: change.status, actorId, createdAt: now } });
      return tx.coordinationRequest.findUniqueOrThrow({ where: { id: seen.id } });
    });
  }
}
