// Which mission a volunteer's message is about: the number they wrote (« la mission 3 », « #3 »,
// « mission n°3 »), else the one mission they could mean; otherwise they are asked which.
import type { MessageContext } from "../../../core/feature.ts";
import type { AssignmentStatus, Mission } from "../../../core/persistence.ts";
import { type Button, list, type Reply, reply, withButtons } from "../../../core/reply.ts";
import { missionLine } from "../mission-card.ts";
import { missionInfo } from "../offers/actions.ts";
import { browseAction } from "./browse.ts";

export type Meant = { ok: true; mission: Mission } | { ok: false; reply: Reply };

/**
 * The mission meant. A number wins (any mission but a draft: what the volunteer may do with it is the
 * caller's to say); without one, the volunteer's only mission in one of `statuses` (and `also` holds);
 * several: the list to choose from; none: `noneKey`, with the open missions a click away.
 */
export async function missionMeant(
  ctx: MessageContext,
  statuses: readonly AssignmentStatus[],
  noneKey: string,
  also: (mission: Mission) => boolean = () => true,
): Promise<Meant> {
  const { db } = ctx.services;
  const number = ctx.nlu.entities.missionNumber?.[0]?.value;
  if (number) {
    const mission = await db.mission.findUnique({ where: { id: Number(number) } });
    if (mission && mission.status !== "draft") return { ok: true, mission };
    return { ok: false, reply: reply(ctx.t("missions.error.notFound", { id: number })) };
  }
  const held = await db.missionAssignment.findMany({
    where: { memberId: ctx.member.id, status: { in: [...statuses] }, mission: { status: { not: "cancelled" } } },
    include: { mission: true },
    orderBy: { mission: { startsAt: "asc" } },
  });
  const candidates = held.map((a) => a.mission).filter(also);
  if (candidates.length === 1) return { ok: true, mission: candidates[0]! };
  if (!candidates.length) {
    const browse: Button = { label: ctx.t("missions.button.browse"), actionId: browseAction.id() };
    return { ok: false, reply: withButtons(reply(ctx.t(noneKey)), browse) };
  }
  const buttons = candidates.slice(0, 6).map((m) => ({
    label: ctx.t("missions.button.more", { id: m.id }),
    actionId: missionInfo.id(m.id),
  }));
  const lines = list(candidates.map((m) => missionLine(ctx, m, { seats: false })));
  return { ok: false, reply: withButtons(reply(ctx.t("missions.which"), lines), ...buttons) };
}
