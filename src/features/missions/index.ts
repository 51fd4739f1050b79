import type { Feature } from "../../core/feature.ts";
import { onAction } from "../../core/feature.ts";
import { catalogueActions, catalogueForms } from "./catalogue/catalogue-handlers.ts";
import { catalogueMessages } from "./catalogue/catalogue-messages.ts";
import { browseActions, browsePreconditions, browseReply } from "./commitments/browse.ts";
import { chatAnswerIntents } from "./commitments/chat-answers.ts";
import { commitmentsMessages } from "./commitments/commitments-messages.ts";
import { mineOrContributions } from "./commitments/mine-or-contributions.ts";
import { engineJobs } from "./engine/jobs.ts";
import { followUpMessages } from "./follow-up/follow-up-messages.ts";
import { completeIntent, HOURS_STEP, hoursStep, reportActions } from "./follow-up/report.ts";
import { missionsMessages } from "./messages.ts";
import { missionsCommand } from "./missions-command.ts";
import { engineActions } from "./offers/buttons.ts";
import { engineMessages } from "./offers/messages.ts";
import { contributionsAction, contributionsThisYear } from "./recognition/contributions.ts";
import { monthlyOverview } from "./recognition/overview.ts";
import { recognitionMessages } from "./recognition/recognition-messages.ts";
import { missionsSettings } from "./settings.ts";

const catalogues = [
  missionsMessages,
  engineMessages,
  catalogueMessages,
  commitmentsMessages,
  followUpMessages,
  recognitionMessages,
];

/**
 * Time-boxed volunteer missions: a catalogue the coordination team keeps, offers matched to each
 * volunteer's profile and made fairly, seats taken safely, commitments followed up, contributions
 * made visible.
 */
export const missionsFeature: Feature = {
  name: "missions",
  messages: {
    fr: Object.assign({}, ...catalogues.map((c) => c.fr)),
    en: Object.assign({}, ...catalogues.map((c) => c.en)),
  },
  settings: missionsSettings,
  intents: {
    "missions.browse": { run: browseReply, preconditions: browsePreconditions },
    "missions.mine": { run: mineOrContributions },
    ...chatAnswerIntents,
    "missions.complete": completeIntent,
  },
  actions: [
    ...catalogueActions,
    ...engineActions,
    ...browseActions,
    onAction(contributionsAction, contributionsThisYear),
    ...reportActions,
  ],
  forms: catalogueForms,
  commands: [missionsCommand],
  steps: { [HOURS_STEP]: hoursStep },
  jobs: [...engineJobs, monthlyOverview],
  help: [
    { key: "missions.help", roles: ["volunteer"] },
    { key: "missions.help.team", roles: ["coordinator", "director"] },
  ],
};
