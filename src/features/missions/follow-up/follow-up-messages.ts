import type { Catalogue } from "../../../core/i18n.ts";

/** Messages of the follow-up: reminders, the check-in after a mission, the volunteer's report. */
export const followUpMessages: Catalogue = {
  fr: {
    "missions.reminder":
      "{day, select, j7 {Rappel : votre mission, c'est dans une semaine.} other {Rappel : votre mission, c'est demain. Merci d'y donner de votre temps !}}",
    "missions.checkIn":
      "La **mission {id}** — {title} ({date}) a-t-elle eu lieu ? Combien de temps y avez-vous consacré ? Vos heures comptent dans vos contributions.",
    "missions.checkIn.estimate": "Oui, ~{hours, number} h",
    "missions.checkIn.other": "Oui, autre durée",
    "missions.checkIn.missed": "Non, ça n'a pas eu lieu",
    "missions.report.done": "Merci ! Mission {id} : {hours, number} h enregistrées dans vos contributions.",
    "missions.report.corrected": "C'est corrigé : mission {id}, {hours, number} h.",
    "missions.report.missed": "C'est noté : la mission {id} n'a pas eu lieu. Merci de l'avoir dit.",
    "missions.report.howLong": "Combien de temps la mission {id} vous a-t-elle pris ? (ex. : 2h30, 90 min)",
    "missions.report.notADuration": "Je n'ai pas compris la durée.",
    "missions.complete.notYours":
      "Vous ne teniez pas de place dans la mission {id} : je ne peux pas l'enregistrer pour vous.",
    "missions.complete.notYet": "La mission {id} n'a pas encore commencé : je vous poserai la question après.",
    "missions.complete.cancelled": "La mission {id} a été annulée : il n'y a rien à enregistrer.",
  },
  en: {
    "missions.reminder":
      "{day, select, j7 {Reminder: your mission is in a week.} other {Reminder: your mission is tomorrow. Thank you for giving your time!}}",
    "missions.checkIn":
      "Did **mission {id}** — {title} ({date}) take place? How much time did you give it? Your hours count in your contributions.",
    "missions.checkIn.estimate": "Yes, ~{hours, number} h",
    "missions.checkIn.other": "Yes, another length",
    "missions.checkIn.missed": "No, it did not take place",
    "missions.report.done": "Thank you! Mission {id}: {hours, number} h recorded in your contributions.",
    "missions.report.corrected": "Corrected: mission {id}, {hours, number} h.",
    "missions.report.missed": "Noted: mission {id} did not take place. Thank you for saying so.",
    "missions.report.howLong": "How long did mission {id} take you? (e.g. 2h30, 90 min)",
    "missions.report.notADuration": "I did not understand the length of time.",
    "missions.complete.notYours": "You did not hold a seat in mission {id}: I cannot record it for you.",
    "missions.complete.notYet": "Mission {id} has not started yet: I will ask you afterwards.",
    "missions.complete.cancelled": "Mission {id} was cancelled: there is nothing to record.",
  },
};
