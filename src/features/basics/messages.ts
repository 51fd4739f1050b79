import type { Catalogue } from "../../core/i18n.ts";

export const basicsMessages: Catalogue = {
  fr: {
    "basics.greeting.fallback": "Bonjour {name} !",
    "basics.greeting.anonymous": "Bonjour !",
    "basics.greeting.offer": "Je suis l'assistant du réseau de santé. Que puis-je faire pour vous ?",
    "basics.thanks.fallback": "Avec plaisir !",
    "basics.help.title": "Voici ce que je sais faire pour vous :",
    "basics.help.freeText": "Écrivez librement, en français ou en anglais, comme à un collègue.",
    "basics.help.entry": "Demander de l'aide : « aide », « que sais-tu faire ? »",
    "basics.button.help": "Voir l'aide",
  },
  en: {
    "basics.greeting.fallback": "Hello {name}!",
    "basics.greeting.anonymous": "Hello!",
    "basics.greeting.offer": "I am the health network's assistant. What can I do for you?",
    "basics.thanks.fallback": "You're welcome!",
    "basics.help.title": "Here is what I can do for you:",
    "basics.help.freeText": "Write freely, in French or English, as you would to a colleague.",
    "basics.help.entry": "Ask for help: “help”, “what can you do?”",
    "basics.button.help": "Show help",
  },
};
