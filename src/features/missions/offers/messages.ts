import type { Catalogue } from "../../../core/i18n.ts";
import { STATUS_EN, STATUS_FR } from "../messages.ts";

/** What the missions engine says: offers, answers, confirmations, notices to the contact, the coordinator's view. */
export const engineMessages: Catalogue = {
  fr: {
    "missions.error.notFound": "Il n'y a pas de mission n°{id}.",
    "missions.open.notDraft": `La mission {id} n'est pas un brouillon : elle est ${STATUS_FR}.`,
    "missions.open.startPassed": "La mission {id} commence dans le passé : changez ses dates avant de l'ouvrir.",
    "missions.open.endBeforeStart": "La mission {id} finit avant de commencer : vérifiez ses dates.",
    "missions.open.deadlinePassed":
      "La date limite de réponse de la mission {id} est passée : choisissez-en une nouvelle avant de l'ouvrir.",
    "missions.open.deadlineAfterStart":
      "La date limite de réponse de la mission {id} tombe après son début : avancez-la avant de l'ouvrir.",
    "missions.open.noSeats": "La mission {id} n'a aucune place : indiquez combien de bénévoles il faut.",
    "missions.cancel.finished": `La mission {id} est déjà ${STATUS_FR} : elle ne peut plus être annulée.`,
    "missions.accept.closed":
      "La mission {id} — {title} ne prend plus d'inscriptions (commencée, terminée ou annulée).",
    "missions.accept.notMember":
      "Je ne peux pas vous inscrire : votre compte n'est plus actif. L'équipe de coordination peut vous aider.",
    "missions.accept.notVolunteer":
      "Les missions sont proposées aux sympathisant·es du réseau. Pour en devenir un·e, parlez-en à l'équipe de coordination.",
    "missions.accept.already": "Vous êtes déjà inscrit·e à la mission {id} — {title}. Merci !",
    "missions.accept.full":
      "La mission {id} — {title} est complète, désolé ! Sur la liste d'attente, la première place libérée sera pour vous, et je vous préviendrai.",
    "missions.accept.alreadyWaiting":
      "Vous êtes déjà sur la liste d'attente de la mission {id} — {title} (n°{position}).",
    "missions.waitlisted":
      "C'est noté : vous êtes n°{position} sur la liste d'attente de la mission {id} — {title}. Si une place se libère, elle sera pour vous et je vous préviendrai.",
    "missions.decline.holdsSeat":
      "Vous êtes inscrit·e ou en liste d'attente pour la mission {id} — {title} : dites « je ne peux plus pour la mission {id} » pour libérer votre place.",
    "missions.decline.notDeclined": "Je n'ai pas de refus enregistré pour la mission {id}.",
    "missions.withdraw.notIn": "Vous n'êtes pas inscrit·e à la mission {id} — {title}.",
    "missions.withdraw.started":
      "La mission {id} — {title} a commencé ou est terminée : prévenez directement son contact.",
    "missions.withdrawn.accepted":
      "C'est noté : votre place pour la mission {id} — {title} est libérée et la coordination est prévenue. Merci de l'avoir dit !",
    "missions.withdrawn.waitlisted":
      "C'est noté : vous n'êtes plus sur la liste d'attente de la mission {id} — {title}.",
    "missions.withdrawn.offered": "C'est noté : la mission {id} — {title} sera proposée à quelqu'un d'autre.",
    "missions.declined":
      "C'est noté, merci d'avoir répondu : la mission {id} ne vous sera plus proposée. Si vous voulez, dites-moi pourquoi (facultatif) :",
    "missions.declined.unavailable":
      "Merci. {until, select, none {Si vous n'êtes pas disponible pendant un moment, dites-le-moi (« pas dispo jusqu'au 15 janvier ») : je ne vous proposerai rien d'ici là.} other {Je ne vous proposerai rien avant le {until}.}}",
    "missions.declined.not_my_field": "Merci : je vous proposerai moins souvent des missions de ce type.",
    "missions.declined.too_far": "Merci : je privilégierai les missions près de chez vous ou à distance.",
    "missions.declined.too_busy":
      "Merci, et bon courage ! {until, select, none {Je vous laisse tranquille un moment.} other {Je ne vous proposerai rien avant le {until}.}}",
    "missions.confirmed": "C'est noté : vous participez à la **mission {id}**. Merci !",
    "missions.promoted": "Bonne nouvelle : une place s'est libérée pour la **mission {id}**, elle est pour vous !",
    "missions.confirmed.after":
      "Le fichier joint l'ajoute à votre agenda. Un empêchement ? Dites « je ne peux plus pour la mission {id} » : la place ira à quelqu'un d'autre.",
    "missions.calendar.title": "Ajouter à mon agenda",
    "missions.calendar.summary": "Mission {id} — {title}",
    "missions.calendar.contact": "Contact : {name}{phone, select, none {} other { · {phone}}}",
    "missions.offer.intro": "Bonjour ! Une mission bénévole qui pourrait vous correspondre :",
    "missions.offer.answerBy":
      "Merci de répondre avant le {date} ; sans réponse, je la proposerai à quelqu'un d'autre.",
    "missions.button.accept": "Accepter",
    "missions.button.decline": "Décliner",
    "missions.button.info": "Plus d'infos",
    "missions.button.withdraw": "Je me désiste",
    "missions.button.waitlist": "Liste d'attente",
    "missions.button.asked": "Qui a été sollicité ?",
    "missions.why.score": "score {score} : {reasons}",
    "missions.why.skills": "compétences {matched}/{wanted}{list, select, none {} other { ({list})}}",
    "missions.why.motivation": "motivation : {list}",
    "missions.why.place.remote": "à distance",
    "missions.why.place.same": "même commune",
    "missions.why.place.neighbour": "commune voisine",
    "missions.why.place.territory": "tout le territoire",
    "missions.why.place.unknown": "commune non renseignée",
    "missions.why.place.far": "autre commune",
    "missions.why.availability.yes": "disponible : {slot}",
    "missions.why.availability.unknown": "disponibilités non renseignées",
    "missions.why.availability.no": "pas disponible : {slot}",
    "missions.why.field": "a décliné une mission proche (pas son domaine)",
    "missions.why.recency": "{days, select, never {jamais sollicité·e} other {sollicité·e il y a {days} j}}",
    "missions.why.load":
      "{count, plural, =0 {aucune mission ce mois-là} one {# mission ce mois-là} other {# missions ce mois-là}}",
    "missions.why.forYou": "Pourquoi vous : {reasons}",
    "missions.notice.withdrawn":
      "{name} se retire de la **mission {id}** — {title}{reason, select, none {} other { ({reason})}}.",
    "missions.notice.memberLeft": "a quitté le réseau",
    "missions.notice.promotedNext": "La place revient à {name}, premier·e sur la liste d'attente, qui est prévenu·e.",
    "missions.notice.backToMatching": "Personne n'attendait : la place est reproposée à d'autres bénévoles.",
    "missions.notice.seatStaysFree":
      "Personne n'attendait et la date limite de réponse est passée : la place reste libre.",
    "missions.notice.full": "La **mission {id}** — {title} est complète : {names}.",
    "missions.notice.closedOffer":
      "La **mission {id}** — {title} que je vous avais proposée est complète : plus besoin de répondre. Merci d'avoir pris le temps de la lire ! Si une place se libère, la liste d'attente passe en premier.",
    "missions.notice.deadline":
      "Date limite de réponse passée pour la **mission {id}** — {title} : {taken} sur {seats} {seats, plural, one {place prise} other {places prises}}.",
    "missions.notice.deadline.asked":
      "{asked, plural, =0 {Personne n'a été sollicité.} one {# bénévole sollicité·e : {accepted} oui, {declined} non, {lapsed} sans réponse.} other {# bénévoles sollicité·es : {accepted} oui, {declined} non, {lapsed} sans réponse.}}",
    "missions.notice.cancelled":
      "La **mission {id}** — {title} du {date} est annulée{reason, select, none {} other { ({reason})}}. Merci d'avoir répondu présent·e !",
    "missions.notice.cancelledOffer":
      "La **mission {id}** — {title} que je vous avais proposée est annulée : plus besoin de répondre.",
    "missions.asked.title": "{count, plural, one {# bénévole} other {# bénévoles}} :",
    "missions.asked.nobody": "Personne n'a encore été sollicité.",
    "missions.asked.offered": "sollicité·e le {at}",
    "missions.asked.self": "inscrit·e de sa propre initiative",
    "missions.asked.status.offered": "pas encore de réponse (jusqu'au {at})",
    "missions.asked.status.accepted": "a accepté le {at}",
    "missions.asked.status.waitlisted": "en liste d'attente depuis le {at}",
    "missions.asked.status.declined": "a décliné le {at}{reason, select, none {} other { ({reason})}}",
    "missions.asked.status.expired": "sans réponse",
    "missions.asked.status.withdrawn": "s'est retiré·e le {at}",
    "missions.asked.status.completed": "l'a faite",
    "missions.asked.status.missed": "n'a pas pu la faire",
  },
  en: {
    "missions.error.notFound": "There is no mission {id}.",
    "missions.open.notDraft": `Mission {id} is not a draft: it is ${STATUS_EN}.`,
    "missions.open.startPassed": "Mission {id} starts in the past: change its dates before opening it.",
    "missions.open.endBeforeStart": "Mission {id} ends before it starts: check its dates.",
    "missions.open.deadlinePassed": "Mission {id}'s answer deadline has passed: choose a new one before opening it.",
    "missions.open.deadlineAfterStart":
      "Mission {id}'s answer deadline falls after its start: bring it forward before opening it.",
    "missions.open.noSeats": "Mission {id} has no seats: say how many volunteers it needs.",
    "missions.cancel.finished": `Mission {id} is already ${STATUS_EN}: it can no longer be cancelled.`,
    "missions.accept.closed": "Mission {id} — {title} no longer takes volunteers (started, over or cancelled).",
    "missions.accept.notMember":
      "I can't sign you up: your account is no longer active. The coordination team can help.",
    "missions.accept.notVolunteer":
      "Missions are offered to the network's volunteers. To become one, talk to the coordination team.",
    "missions.accept.already": "You are already signed up for mission {id} — {title}. Thank you!",
    "missions.accept.full":
      "Mission {id} — {title} is full, sorry! On the waitlist, the first seat that frees is yours, and I'll let you know.",
    "missions.accept.alreadyWaiting": "You are already on the waitlist of mission {id} — {title} (no. {position}).",
    "missions.waitlisted":
      "Done: you are no. {position} on the waitlist of mission {id} — {title}. If a seat frees, it is yours and I'll let you know.",
    "missions.decline.holdsSeat":
      'You are signed up or waitlisted for mission {id} — {title}: say "I can\'t make mission {id} any more" to free your seat.',
    "missions.decline.notDeclined": "I have no « no » recorded for mission {id}.",
    "missions.withdraw.notIn": "You are not signed up for mission {id} — {title}.",
    "missions.withdraw.started": "Mission {id} — {title} has started or is over: tell its contact directly.",
    "missions.withdrawn.accepted":
      "Done: your seat for mission {id} — {title} is freed and the coordination team knows. Thank you for saying so!",
    "missions.withdrawn.waitlisted": "Done: you are off the waitlist of mission {id} — {title}.",
    "missions.withdrawn.offered": "Done: mission {id} — {title} will go to someone else.",
    "missions.declined":
      "Noted, thank you for answering: mission {id} won't be offered to you again. If you like, tell me why (optional):",
    "missions.declined.unavailable":
      "Thank you. {until, select, none {If you are unavailable for a while, tell me (\"not available until 15 January\"): I won't offer you anything until then.} other {I won't offer you anything before {until}.}}",
    "missions.declined.not_my_field": "Thank you: I'll offer you missions of this kind less often.",
    "missions.declined.too_far": "Thank you: I'll favour missions near you or remote ones.",
    "missions.declined.too_busy":
      "Thank you, and good luck! {until, select, none {I'll leave you alone for a while.} other {I won't offer you anything before {until}.}}",
    "missions.confirmed": "Done: you are taking part in **mission {id}**. Thank you!",
    "missions.promoted": "Good news: a seat freed up for **mission {id}**, and it is yours!",
    "missions.confirmed.after":
      "The attached file adds it to your calendar. Can't make it after all? Say \"I can't make mission {id} any more\": the seat will go to someone else.",
    "missions.calendar.title": "Add to my calendar",
    "missions.calendar.summary": "Mission {id} — {title}",
    "missions.calendar.contact": "Contact: {name}{phone, select, none {} other { · {phone}}}",
    "missions.offer.intro": "Hello! A volunteer mission that may suit you:",
    "missions.offer.answerBy": "Please answer before {date}; without an answer, I'll offer it to someone else.",
    "missions.button.accept": "Accept",
    "missions.button.decline": "Decline",
    "missions.button.info": "More info",
    "missions.button.withdraw": "I withdraw",
    "missions.button.waitlist": "Waitlist",
    "missions.button.asked": "Who was asked?",
    "missions.why.score": "score {score}: {reasons}",
    "missions.why.skills": "skills {matched}/{wanted}{list, select, none {} other { ({list})}}",
    "missions.why.motivation": "motivation: {list}",
    "missions.why.place.remote": "remote",
    "missions.why.place.same": "same commune",
    "missions.why.place.neighbour": "neighbouring commune",
    "missions.why.place.territory": "whole territory",
    "missions.why.place.unknown": "commune not given",
    "missions.why.place.far": "another commune",
    "missions.why.availability.yes": "available: {slot}",
    "missions.why.availability.unknown": "availability not given",
    "missions.why.availability.no": "not available: {slot}",
    "missions.why.field": "declined a similar mission (not their field)",
    "missions.why.recency": "{days, select, never {never asked} other {asked {days} d ago}}",
    "missions.why.load":
      "{count, plural, =0 {no mission that month} one {# mission that month} other {# missions that month}}",
    "missions.why.forYou": "Why you: {reasons}",
    "missions.notice.withdrawn":
      "{name} withdraws from **mission {id}** — {title}{reason, select, none {} other { ({reason})}}.",
    "missions.notice.memberLeft": "left the network",
    "missions.notice.promotedNext": "The seat goes to {name}, first on the waitlist, who has been told.",
    "missions.notice.backToMatching": "Nobody was waiting: the seat is offered to other volunteers.",
    "missions.notice.seatStaysFree": "Nobody was waiting and the answer deadline has passed: the seat stays free.",
    "missions.notice.full": "**Mission {id}** — {title} is full: {names}.",
    "missions.notice.closedOffer":
      "**Mission {id}** — {title}, which I offered you, is full: no need to answer. Thank you for taking the time to read it! If a seat frees, the waitlist comes first.",
    "missions.notice.deadline":
      "Answer deadline passed for **mission {id}** — {title}: {taken} of {seats} {seats, plural, one {seat taken} other {seats taken}}.",
    "missions.notice.deadline.asked":
      "{asked, plural, =0 {Nobody was asked.} one {# volunteer asked: {accepted} yes, {declined} no, {lapsed} no answer.} other {# volunteers asked: {accepted} yes, {declined} no, {lapsed} no answer.}}",
    "missions.notice.cancelled":
      "**Mission {id}** — {title} on {date} is cancelled{reason, select, none {} other { ({reason})}}. Thank you for signing up!",
    "missions.notice.cancelledOffer":
      "**Mission {id}** — {title}, which I offered you, is cancelled: no need to answer.",
    "missions.asked.title": "{count, plural, one {# volunteer} other {# volunteers}}:",
    "missions.asked.nobody": "Nobody has been asked yet.",
    "missions.asked.offered": "asked on {at}",
    "missions.asked.self": "signed up on their own",
    "missions.asked.status.offered": "no answer yet (until {at})",
    "missions.asked.status.accepted": "accepted on {at}",
    "missions.asked.status.waitlisted": "waitlisted since {at}",
    "missions.asked.status.declined": "declined on {at}{reason, select, none {} other { ({reason})}}",
    "missions.asked.status.expired": "no answer",
    "missions.asked.status.withdrawn": "withdrew on {at}",
    "missions.asked.status.completed": "did it",
    "missions.asked.status.missed": "could not do it",
  },
};
