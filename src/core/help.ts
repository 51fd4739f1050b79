import type { Role } from "./persistence.ts";

/** One line of the help: a message key, shown to members holding one of `roles` (everyone when absent). */
export interface HelpEntry {
  key: string;
  roles?: readonly Role[];
}
