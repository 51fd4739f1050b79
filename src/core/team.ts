import type { Translate } from "./i18n.ts";
import type { Locale } from "./locale.ts";
import type { OutboundPort } from "./outbound-port.ts";
import type { Reply } from "./reply.ts";

export interface TeamNoticeOptions {
  /** Urgent notices ignore the coordinators' quiet hours. */
  urgent?: boolean;
  /**
   * Names this notice: telling the team twice with the same key (a job retried after a failure)
   * sends nothing the second time to anyone already told.
   */
  dedupeKey: string;
}

/**
 * "Tell the coordination team": how a feature reaches the humans behind the bot (a new request, an
 * erasure to carry out). Provided by one feature (see `Feature.provides.team`); the core falls back to
 * direct messages to every active coordinator.
 */
export interface TeamNotifier {
  /**
   * `compose` writes the notice in a language (each coordinator's, or the network's in a team
   * conversation). Returns how many conversations it goes to (0: nobody to tell).
   */
  tell(compose: (t: Translate, locale: Locale) => Reply[], options: TeamNoticeOptions): Promise<number>;
}

/** "Tell the team" when no feature provides it: a direct message to every active coordinator. */
export function coordinatorsByDirectMessage(outbound: OutboundPort): TeamNotifier {
  return {
    async tell(compose, { urgent, dedupeKey }) {
      const sent = await outbound.send({
        audience: { roles: ["coordinator"] },
        compose: (_member, t, locale) => compose(t, locale),
        key: dedupeKey,
        ...(urgent ? { urgent } : {}),
      });
      return sent.created + sent.alreadyThere;
    },
  };
}
