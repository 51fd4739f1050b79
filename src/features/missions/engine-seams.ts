// The places where the conversation side of missions meets the missions engine (lifecycle, ranking,
// offers, seats). Each is one function with a simple interim body; the engine's own replaces it.
import { fail, ok, type Result } from "../../core/errors.ts";
import type { HandlerContext, MessageContext } from "../../core/feature.ts";
import type { Mission } from "../../core/persistence.ts";
import type { Button, Replies, Reply } from "../../core/reply.ts";
import { type Change, type Client, recordEvent } from "./catalogue/mission-store.ts";
import type { MissionWithTags } from "./mission-card.ts";

export type OpenError = "missions.error.notFound" | "missions.error.notDraft";

/**
 * ENGINE SEAM — publishes a draft (« Publier », a data file's `status: open`), in the caller's
 * transaction when there is one. Interim: status open, `openedAt`, an « opened » event; nobody is
 * asked yet (the engine starts the offers here).
 */
export async function openMission(
  client: Client,
  missionId: number,
  change: Change,
): Promise<Result<Mission, OpenError>> {
  const mission = await client.mission.findUnique({ where: { id: missionId } });
  if (!mission) return fail("missions.error.notFound", { id: missionId });
  if (mission.status !== "draft") return fail("missions.error.notDraft", { id: missionId, status: mission.status });
  const opened = await client.mission.update({
    where: { id: missionId },
    data: { status: "open", openedAt: change.now },
  });
  await recordEvent(client, missionId, "opened", change);
  return ok(opened);
}

/** What the interim browse order knows of a volunteer. */
export interface BrowsingVolunteer {
  communes: readonly string[];
  /** Their skill and motivation keys, and their profession. */
  tags: readonly { kind: string; value: string }[];
}

/**
 * ENGINE SEAM — the order in which a volunteer browsing sees the open missions (the engine ranks by
 * fit and fairness). Interim: missions in one of their communes, or remote, first; then those sharing
 * more of their skills, profession and motivations; then the soonest.
 */
export function browseOrder<M extends MissionWithTags>(missions: readonly M[], volunteer: BrowsingVolunteer): M[] {
  const near = (m: M) => (m.remote || (m.communeCode !== null && volunteer.communes.includes(m.communeCode)) ? 1 : 0);
  const shared = (m: M) =>
    m.tags.filter((tag) => volunteer.tags.some((own) => own.kind === tag.kind && own.value === tag.value)).length;
  return [...missions].sort(
    (a, b) => near(b) - near(a) || shared(b) - shared(a) || a.startsAt.getTime() - b.startsAt.getTime(),
  );
}

/**
 * ENGINE SEAM — the buttons under a mission's card for a volunteer (the engine's Accepter / Décliner,
 * or « Je me désiste » when they hold a seat). Interim: none.
 */
export function volunteerCardButtons(_ctx: HandlerContext, _mission: Mission): Button[] {
  return [];
}

/** What a volunteer says in chat about a mission. */
export type ChatAnswer = "accept" | "decline" | "withdraw";

/**
 * ENGINE SEAM — « je prends la mission 3 », « non merci pour la mission 3, trop loin », « je ne peux
 * plus pour la mission 3 »: the volunteer's mission was found (`card` is its card with
 * {@link volunteerCardButtons}); the engine takes or frees the seat, or records the decline (the
 * reason may be in `ctx.text`), and answers. Interim: the card alone.
 */
export function answerFromChat(
  _ctx: MessageContext,
  _mission: Mission,
  _answer: ChatAnswer,
  card: Reply,
): Promise<Replies> | Replies {
  return card;
}
