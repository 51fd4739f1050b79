import type { Localized } from "../core/locale.ts";

/**
 * The platforms' own command that carries free text to the bot (`/reseau besoin d'une HAD à Vitry`),
 * from any conversation; the other commands are the features'.
 */
export const ENTRY_COMMAND = "reseau";

export const ENTRY_TEXTS: Localized<{ description: string; example: string }> = {
  fr: { description: "Poser une question à l'assistant du réseau", example: "besoin d'une HAD à Vitry" },
  en: { description: "Ask the network's assistant a question", example: "need an HAD in Vitry" },
};
