// An announcement being written: what the author said so far, kept with the dialogue step.
import type { Audience } from "../../core/outbound-port.ts";
import type { LinkButton } from "./announcement-message.ts";

export const COMPOSE_STEP = "announcements.compose";

export interface AnnouncementDraft {
  awaiting: "title" | "body" | "audience" | "when" | "confirm";
  title?: string;
  body?: string;
  link?: string;
  buttons?: LinkButton[];
  audience?: Audience;
  /** ISO time of publication; null: at once. */
  at?: string | null;
  urgent: boolean;
  /** In each member's direct messages, and/or in the announcement channels. */
  direct: boolean;
  inChannels: boolean;
}

export const newDraft = (): AnnouncementDraft => ({
  awaiting: "title",
  urgent: false,
  direct: true,
  inChannels: false,
});

export const MAX_TITLE = 120;
export const MAX_BODY = 3000;

const LINK_LINE = /^\s*(?:lien|link)\s*:\s*(https?:\/\/\S+)\s*$/i;
const BUTTON_LINE = /^\s*(?:bouton|button)\s*:\s*(.{1,60}?)\s+(https?:\/\/\S+)\s*$/i;

/**
 * The text of an announcement, with its optional link (« lien : https://… ») and buttons
 * (« bouton : Je m'inscris https://… ») taken out of it, one per line.
 */
export function readBody(written: string): { body: string; link?: string; buttons: LinkButton[] } {
  const buttons: LinkButton[] = [];
  let link: string | undefined;
  const lines = written.split("\n").filter((line) => {
    const linkMatch = LINK_LINE.exec(line);
    if (linkMatch) link = linkMatch[1];
    const buttonMatch = BUTTON_LINE.exec(line);
    if (buttonMatch) buttons.push({ label: buttonMatch[1]!, url: buttonMatch[2]! });
    return !linkMatch && !buttonMatch;
  });
  return { body: lines.join("\n").trim(), ...(link ? { link } : {}), buttons };
}
