import type { Feature } from "../core/feature.ts";
import { CONTENT_DIR } from "../paths.ts";
import { accountsFeature } from "./accounts/index.ts";
import { announcementsFeature } from "./announcements/index.ts";
import { basicsFeature } from "./basics/index.ts";
import { coordinationFeature } from "./coordination/index.ts";
import { governanceFeature } from "./governance/index.ts";
import { membersFeature } from "./members/index.ts";
import { missionsFeature } from "./missions/index.ts";
import { networkFeature } from "./network/index.ts";
import { onboardingFeature } from "./onboarding/index.ts";
import { orientationFeature } from "./orientation/index.ts";
import { privacyFeature } from "./privacy/index.ts";
import { profileFeature } from "./profile/index.ts";
import { trainingsFeature } from "./trainings/index.ts";

/**
 * The installed features, in the order their help lines appear. Adding a feature is one line here
 * (plus its folder, its intents/ file and its tests).
 */
export const features: readonly Feature[] = [
  orientationFeature,
  coordinationFeature,
  membersFeature,
  missionsFeature,
  announcementsFeature,
  trainingsFeature,
  governanceFeature(CONTENT_DIR),
  networkFeature(CONTENT_DIR),
  privacyFeature,
  onboardingFeature,
  accountsFeature,
  profileFeature,
  basicsFeature,
];
