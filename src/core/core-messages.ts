import type { Catalogue } from "./i18n.ts";

/** Messages of the core itself: fallbacks, clarifications and errors every feature can raise. */
export const coreMessages: Catalogue = {
  fr: {
    "core.channel": "{channel, select, slack {Slack} discord {Discord} console {le terminal} other {{channel}}}",
    "core.onChannel":
      "{channel, select, slack {sur Slack} discord {sur Discord} console {dans le terminal} other {sur {channel}}}",
    "core.clarify.question": "Je ne suis pas sûr d'avoir compris. Vous voulez :",
    "core.clarify.noneOfThese": "Autre chose",
    "core.notUnderstood": "Je n'ai pas compris votre message.",
    "core.outOfScope":
      "Je suis l'assistant du réseau de santé : je réponds sur le réseau, ses ressources et ses activités. Tapez **aide** pour voir ce que je sais faire.",
    "core.button.help": "Voir l'aide",
    "core.handoff.unavailable":
      "Je ne sais pas encore répondre à cela. Tapez **aide** pour voir ce que je sais faire, ou contactez directement l'équipe de coordination.",
    "core.rateLimited": "Vous envoyez beaucoup de messages à la suite : je reprends dans une minute.",
    "core.error.unexpected":
      "Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant ; l'incident est noté (réf. {ref}).",
    "core.error.staleAction": "Ce bouton n'est plus valable. Reformulez votre demande, ou tapez **aide**.",
    "core.error.formExpired":
      "Ce formulaire n'est plus disponible (il date de plus de deux semaines). Reformulez votre demande pour en obtenir un nouveau.",
    "core.resume.offer": "Votre demande précédente est mise de côté.",
    "core.resume.expired": "Cette demande n'est plus en cours (elle a expiré). Reformulez-la pour recommencer.",
    "core.error.unknownCommand": "Je ne connais pas la commande /{command}. Commandes disponibles : {commands}",
    "core.error.notAllowed": "Cette action est réservée {who}. {instead}",
    "core.error.notAllowed.instead":
      "Vous pouvez leur adresser votre demande, ou taper **aide** pour voir ce que je peux faire pour vous.",
    "core.role.member": "aux adhérents du réseau",
    "core.role.volunteer": "aux bénévoles (sympathisants) du réseau",
    "core.role.coordinator": "à l'équipe de coordination",
    "core.role.director": "à la direction du réseau",
    "core.role.board_president": "au président ou à la présidente",
    "core.role.board_vice_president": "au vice-président ou à la vice-présidente",
    "core.role.board_treasurer": "au trésorier ou à la trésorière",
    "core.role.board_secretary": "au secrétaire général",
    "core.role.board_member": "aux membres du bureau",
    "core.role.admin": "aux administrateurs du bot",
    "core.nothingToChoose":
      "Il n'y a rien à choisir en ce moment : les numéros servent à choisir parmi les boutons de mon dernier message. Écrivez votre question, ou tapez **aide**.",
    "core.error.emptyMessage": "Votre message est vide. Écrivez votre question, ou tapez **aide**.",
    "core.error.tooLong":
      "Votre message est trop long ({length} caractères, {max} au plus). Résumez votre question en quelques lignes.",
    "core.profession.general_practitioner": "médecin généraliste",
    "core.profession.specialist": "médecin spécialiste",
    "core.profession.nurse": "infirmier·e",
    "core.profession.pharmacist": "pharmacien·ne",
    "core.profession.physiotherapist": "kinésithérapeute",
    "core.profession.psychologist": "psychologue",
    "core.profession.social_worker": "assistant·e social·e",
    "core.profession.midwife": "sage-femme",
    "core.profession.dietitian": "diététicien·ne",
    "core.profession.care_assistant": "aide-soignant·e",
    "core.profession.coordinator": "coordination",
    "core.profession.administrative": "équipe administrative",
    "core.profession.other": "autre profession",
    "core.profession.unknown": "profession non renseignée",
  },
  en: {
    "core.channel": "{channel, select, slack {Slack} discord {Discord} console {the terminal} other {{channel}}}",
    "core.onChannel":
      "{channel, select, slack {on Slack} discord {on Discord} console {in the terminal} other {on {channel}}}",
    "core.clarify.question": "I'm not sure I understood. Do you want to:",
    "core.clarify.noneOfThese": "Something else",
    "core.notUnderstood": "I did not understand your message.",
    "core.outOfScope":
      "I am the health network's assistant: I answer about the network, its resources and its activities. Type **help** to see what I can do.",
    "core.button.help": "Show help",
    "core.handoff.unavailable":
      "I can't answer that yet. Type **help** to see what I can do, or contact the coordination team directly.",
    "core.rateLimited": "You are sending many messages in a row: I'll pick up again in a minute.",
    "core.error.unexpected":
      "Sorry, something went wrong on my side. Please try again in a moment; the incident is logged (ref. {ref}).",
    "core.error.staleAction": "This button is no longer valid. Please ask again, or type **help**.",
    "core.error.formExpired":
      "This form is no longer available (it is more than two weeks old). Please ask again to get a new one.",
    "core.resume.offer": "Your previous request is set aside.",
    "core.resume.expired": "This request is no longer in progress (it expired). Please ask again to start over.",
    "core.error.unknownCommand": "I don't know the command /{command}. Available commands: {commands}",
    "core.error.notAllowed": "This is reserved {who}. {instead}",
    "core.error.notAllowed.instead": "You can ask them, or type **help** to see what I can do for you.",
    "core.role.member": "to the network's members",
    "core.role.volunteer": "to the network's volunteers",
    "core.role.coordinator": "to the coordination team",
    "core.role.director": "to the network's director",
    "core.role.board_president": "to the president",
    "core.role.board_vice_president": "to the vice-president",
    "core.role.board_treasurer": "to the treasurer",
    "core.role.board_secretary": "to the general secretary",
    "core.role.board_member": "to the board members",
    "core.role.admin": "to the bot's administrators",
    "core.nothingToChoose":
      "There is nothing to choose right now: numbers pick among the buttons of my last message. Type your question, or **help**.",
    "core.error.emptyMessage": "Your message is empty. Write your question, or type **help**.",
    "core.error.tooLong":
      "Your message is too long ({length} characters, {max} at most). Please sum up your question in a few lines.",
    "core.profession.general_practitioner": "GP",
    "core.profession.specialist": "specialist doctor",
    "core.profession.nurse": "nurse",
    "core.profession.pharmacist": "pharmacist",
    "core.profession.physiotherapist": "physiotherapist",
    "core.profession.psychologist": "psychologist",
    "core.profession.social_worker": "social worker",
    "core.profession.midwife": "midwife",
    "core.profession.dietitian": "dietitian",
    "core.profession.care_assistant": "care assistant",
    "core.profession.coordinator": "coordination",
    "core.profession.administrative": "administrative staff",
    "core.profession.other": "other profession",
    "core.profession.unknown": "profession not given",
  },
};
