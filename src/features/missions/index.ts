import type { Feature } from "../../core/feature.ts";
import { missionsMessages } from "./messages.ts";
import { missionsSettings } from "./settings.ts";

/**
 * Time-boxed volunteer missions: a catalogue the coordination team keeps, offers matched to each
 * volunteer's profile and made fairly, seats taken safely, commitments followed up, contributions
 * made visible.
 */
export const missionsFeature: Feature = {
  name: "missions",
  messages: missionsMessages,
  settings: missionsSettings,
};
