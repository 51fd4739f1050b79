import type { Locale, Localized } from "../../core/locale.ts";
import type { Confirmation } from "../../core/reply.ts";
import type { FormTexts } from "../form-filler.ts";

/** Texts of the Discord channel itself (not of the bot's features): what Discord lacks and the channel makes up for. */
export interface DiscordTexts {
  /** A confirmation whose own texts were lost (the bot restarted since the button was posted). */
  confirmFallback: (label: string) => Confirmation;
  cancelled: string;
  /** A command the core answered with nothing. */
  done: string;
  /** The form is longer than a modal holds: its questions come in the member's DM. */
  formInDm: string;
  /** The first line of a form filled in chat. */
  formIntro: (title: string) => string;
  /** Typed to leave a form filled in chat. */
  cancelWords: readonly string[];
  /** Typed to keep a prefilled value or skip an optional field (Discord sends no empty message). */
  keepWord: string;
  form: FormTexts;
}

export const discordTexts: Localized<DiscordTexts> = {
  fr: {
    confirmFallback: (label) => ({ title: label, text: "Confirmez-vous ?", confirm: "Confirmer", deny: "Annuler" }),
    cancelled: "Annulé.",
    done: "C'est noté.",
    formInDm: "Ce formulaire est trop long pour une fenêtre Discord : je vous pose les questions en message privé.",
    formIntro: (title) => `${title} — répondez à chaque question (« annuler » pour arrêter).`,
    cancelWords: ["annuler", "stop"],
    keepWord: "-",
    form: {
      optional: "facultatif, « - » pour passer",
      keep: (value) => `« - » pour garder : ${value}`,
      invalidChoice: (max) => `Répondez par un numéro entre 1 et ${max}.`,
      required: "Cette réponse est nécessaire.",
    },
  },
  en: {
    confirmFallback: (label) => ({ title: label, text: "Are you sure?", confirm: "Confirm", deny: "Cancel" }),
    cancelled: "Cancelled.",
    done: "Done.",
    formInDm: "This form is too long for a Discord window: I am asking you its questions in a direct message.",
    formIntro: (title) => `${title} — answer each question ("cancel" to stop).`,
    cancelWords: ["cancel", "stop"],
    keepWord: "-",
    form: {
      optional: 'optional, "-" to skip',
      keep: (value) => `"-" to keep: ${value}`,
      invalidChoice: (max) => `Answer with a number from 1 to ${max}.`,
      required: "This answer is needed.",
    },
  },
};

/** The channel's language for a Discord locale ("fr", "en-US"…): English for English clients, else the default. */
export const localeOf = (discordLocale: string | undefined, fallback: Locale): Locale =>
  discordLocale?.startsWith("en") ? "en" : discordLocale?.startsWith("fr") ? "fr" : fallback;
