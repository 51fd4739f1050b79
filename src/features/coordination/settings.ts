import { z } from "zod";
import { defineSettings, readConversationAddress } from "../../core/settings.ts";

/** Where the coordination team is told of new requests, and how often an unclaimed one comes back. */
export const coordinationSettings = defineSettings({
  name: "coordination",
  title: "Hand-off to the coordination team.",
  variables: {
    COORDINATION_CHANNEL: {
      schema: z.string().optional(),
      doc: "Team conversation for new coordination requests, `<console|slack|discord>:<workspace>:<conversation>` (e.g. `slack:T0123:C0456`); unset: a direct message to each coordinator.",
    },
    COORDINATION_REMINDER_MINUTES: {
      schema: z.coerce.number().int().min(5).max(10_080).default(120),
      doc: "Minutes before an unclaimed request is brought up to the team again (three times at most).",
      example: "120",
    },
  },
  read: (v) => ({
    ...(v.COORDINATION_CHANNEL
      ? { channel: readConversationAddress("COORDINATION_CHANNEL", v.COORDINATION_CHANNEL) }
      : {}),
    reminderMinutes: v.COORDINATION_REMINDER_MINUTES,
  }),
});
