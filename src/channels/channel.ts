import type { DeliveryChannel } from "../core/outbound-port.ts";

/**
 * A chat platform adapter: translates platform events into InboundEvents for the core, renders the
 * replies natively, and delivers proactive messages. Only files under src/channels/<name>/ import
 * their platform's library.
 */
export interface ChannelAdapter extends DeliveryChannel {
  /** Starts receiving; resolves once the channel is ready. */
  start(): Promise<void>;
  /** Stops receiving new events; events being handled finish through the core's drain. */
  stop(): Promise<void>;
}
