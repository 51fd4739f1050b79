import type { Reply } from "../../core/reply.ts";
import type { Services } from "../../core/services.ts";

/**
 * Tells the coordination team: in the configured team conversation, or else by direct message to
 * every active coordinator. Returns how many conversations were reached.
 */
export async function notifyCoordinationTeam(
  services: Services,
  replies: Reply[],
  options: { urgent?: boolean } = {},
): Promise<number> {
  const { channel } = services.config.coordination;
  if (channel) {
    await services.outbound.post(channel, replies);
    return 1;
  }
  const coordinators = await services.db.member.findMany({
    where: { status: "active", roles: { some: { role: "coordinator" } } },
    select: { id: true },
  });
  let reached = 0;
  for (const { id } of coordinators) {
    const result = await services.outbound.notify(id, replies, options);
    if (result.status !== "unreachable") reached++;
  }
  return reached;
}
