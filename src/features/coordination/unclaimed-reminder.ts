import { z } from "zod";
import type { JobKind } from "../../core/feature.ts";
import { reply } from "../../core/reply.ts";
import { coordinationSettings } from "./settings.ts";
import { newRequestForTeam } from "./team-view.ts";

export const UNCLAIMED_JOB = "coordination.unclaimed";
/** The team is reminded this many times at most; after that the request shows in `/demandes` only. */
const MAX_ROUNDS = 3;

export const unclaimedKey = (requestId: number, round: number) => `coordination-unclaimed:${requestId}:${round}`;

/** Brings a request nobody has taken back to the team, every configured delay, a few times. */
export const unclaimedReminder: JobKind<{ requestId: number; round: number }> = {
  kind: UNCLAIMED_JOB,
  payload: z.object({ requestId: z.number().int().positive(), round: z.number().int().min(1) }),
  async run({ requestId, round }, { services, log }) {
    const request = await services.db.coordinationRequest.findUnique({
      where: { id: requestId },
      include: { requester: true },
    });
    if (request?.status !== "open") return;
    const { reminderMinutes } = services.config.settings.of(coordinationSettings);
    await services.team.tell(
      (t, locale) => [
        reply(t("coordination.team.reminder", { id: requestId, minutes: round * reminderMinutes })),
        newRequestForTeam(services, t, locale, request, request.requester),
      ],
      { urgent: request.urgency === "same_day", dedupeKey: unclaimedKey(requestId, round) },
    );
    log.info({ requestId, round }, "unclaimed request brought up to the team");
    if (round >= MAX_ROUNDS) return;
    await services.scheduler.schedule({
      kind: UNCLAIMED_JOB,
      runAt: new Date(services.clock.now().getTime() + reminderMinutes * 60_000),
      payload: { requestId, round: round + 1 },
      dedupeKey: unclaimedKey(requestId, round + 1),
    });
  },
};
