import type { Services } from "../../core/services.ts";
import { coordinatorsByDirectMessage, type TeamNotifier } from "../../core/team.ts";
import { coordinationSettings } from "./settings.ts";

/**
 * How the coordination team is told: in its team conversation when one is configured, else by a
 * direct message to every active coordinator (one delivery each, in their language).
 */
export function coordinationTeam(services: Services): TeamNotifier {
  const byDirectMessage = coordinatorsByDirectMessage(services.outbound);
  return {
    async tell(compose, options) {
      const { channel } = services.config.settings.of(coordinationSettings);
      if (!channel) return byDirectMessage.tell(compose, options);
      const locale = services.config.defaultLocale;
      await services.outbound.post(channel, compose(services.messages.translator(locale), locale));
      return 1;
    },
  };
}
