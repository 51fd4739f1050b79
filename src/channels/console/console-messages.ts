import type { Localized } from "../../core/locale.ts";

/** Texts of the terminal itself (not of the bot): the console is a demo and development tool. */
export const consoleTexts: Localized<{
  banner: string;
  youAre: (name: string, label: string) => string;
  personas: string;
  newcomer: string;
  received: string;
  answerAs: (key: string) => string;
  unknownPersona: (key: string, keys: string) => string;
  noSuchChoice: (n: number) => string;
  confirm: (title: string, text: string, yes: string, no: string) => string;
  cancelled: string;
  directMessageTo: (name: string) => string;
  postedIn: (conversation: string) => string;
  edited: (conversation: string) => string;
  ephemeral: string;
  updated: string;
  commands: string;
  bye: string;
  form: {
    optional: string;
    keep: (value: string) => string;
    invalidChoice: (max: number) => string;
    required: string;
    cancel: string;
  };
}> = {
  fr: {
    banner: "Assistant du réseau de santé — démo dans le terminal (données fictives).",
    youAre: (name, label) => `Vous êtes ${name} (${label}).`,
    personas: "Personas de démo :",
    newcomer: "  nouveau      quelqu'un que le bot ne connaît pas encore (un nouveau à chaque fois)",
    received: "📬 Reçu pendant que vous étiez ailleurs :",
    answerAs: (key) => `(tapez /as ${key} pour y répondre)`,
    unknownPersona: (key, keys) => `Persona inconnue « ${key} ». Choix : ${keys}`,
    noSuchChoice: (n) => `Pas de choix n°${n} dans le dernier message.`,
    confirm: (title, text, yes, no) => `${title} — ${text} (o = ${yes}, n = ${no})`,
    cancelled: "Annulé.",
    directMessageTo: (name) => `📨 Message direct pour ${name} :`,
    postedIn: (conversation) => `📣 Publié dans ${conversation} :`,
    edited: (conversation) => `✏️ Message modifié dans ${conversation} :`,
    ephemeral: "visible par vous seul",
    updated: "message mis à jour",
    commands:
      "Tapez votre message. Un chiffre choisit un bouton. /as <persona> change de persona, /personas les liste, /home ouvre votre accueil, /quit quitte.",
    bye: "Au revoir.",
    form: {
      optional: "facultatif",
      keep: (value) => `Entrée pour garder : ${value}`,
      invalidChoice: (max) => `Tapez un numéro entre 1 et ${max}.`,
      required: "Ce champ est obligatoire.",
      cancel: "/annuler pour abandonner le formulaire.",
    },
  },
  en: {
    banner: "Health network assistant — terminal demo (fictional data).",
    youAre: (name, label) => `You are ${name} (${label}).`,
    personas: "Demo personas:",
    newcomer: "  newcomer     someone the bot does not know yet (a new one each time)",
    received: "📬 Received while you were away:",
    answerAs: (key) => `(type /as ${key} to answer it)`,
    unknownPersona: (key, keys) => `Unknown persona "${key}". Choose: ${keys}`,
    noSuchChoice: (n) => `No choice ${n} in the last message.`,
    confirm: (title, text, yes, no) => `${title} — ${text} (y = ${yes}, n = ${no})`,
    cancelled: "Cancelled.",
    directMessageTo: (name) => `📨 Direct message for ${name}:`,
    postedIn: (conversation) => `📣 Posted in ${conversation}:`,
    edited: (conversation) => `✏️ Message edited in ${conversation}:`,
    ephemeral: "only visible to you",
    updated: "message updated",
    commands:
      "Type your message. A number picks a button. /as <persona> switches persona, /personas lists them, /home opens your home, /quit exits.",
    bye: "Goodbye.",
    form: {
      optional: "optional",
      keep: (value) => `Enter keeps: ${value}`,
      invalidChoice: (max) => `Type a number from 1 to ${max}.`,
      required: "This field is required.",
      cancel: "/cancel to give up the form.",
    },
  },
};
