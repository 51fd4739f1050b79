import type { Catalogue } from "../../../core/i18n.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";

export const governanceMessages: Catalogue = { fr, en };
