import type { Feature } from "../core/feature.ts";
import { basicsFeature } from "./basics/index.ts";

/**
 * The installed features, in the order their help lines appear. Adding a feature is one line here
 * (plus its folder, its intents/ file and its tests).
 */
export const features: readonly Feature[] = [basicsFeature];
