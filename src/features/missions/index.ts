import type { Feature } from "../../core/feature.ts";
import { engineJobs } from "./engine/jobs.ts";
import { missionsMessages } from "./messages.ts";
import { engineActions } from "./offers/buttons.ts";
import { engineMessages } from "./offers/messages.ts";
import { missionsSettings } from "./settings.ts";

/**
 * Time-boxed volunteer missions: a catalogue the coordination team keeps, offers matched to each
 * volunteer's profile and made fairly, seats taken safely, commitments followed up, contributions
 * made visible.
 */
export const missionsFeature: Feature = {
  name: "missions",
  messages: {
    fr: { ...missionsMessages.fr, ...engineMessages.fr },
    en: { ...missionsMessages.en, ...engineMessages.en },
  },
  settings: missionsSettings,
  actions: [...engineActions],
  jobs: [...engineJobs],
};
