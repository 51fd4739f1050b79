import { NONE_INTENT } from "../core/nlu-port.ts";

/**
 * Every intent the bot may ever recognise. Files in `intents/` may only define these names; a feature
 * handles a subset of them, and only handled intents (plus `None`) are trained.
 */
export const INTENT_NAMES = [
  "greeting",
  "thanks",
  "help",
  "network.about",
  "network.contact",
  "network.membership",
  "orientation.resource",
  "coordination.referral",
  "clinical.question",
  "training.upcoming",
  "missions.browse",
  "missions.mine",
  "missions.accept",
  "missions.decline",
  "missions.withdraw",
  "missions.complete",
  "profile.update",
  "governance.tasks",
  "governance.done",
  "governance.meeting",
  "announcement.create",
  "privacy.mydata",
  "privacy.export",
  "accounts.link",
  "accounts.prefer-channel",
  NONE_INTENT,
] as const;

export type IntentName = (typeof INTENT_NAMES)[number];

const known: ReadonlySet<string> = new Set(INTENT_NAMES);

export const isIntentName = (name: string): name is IntentName => known.has(name);
