import type { Catalogue } from "../../../core/i18n.ts";

/** Messages of a volunteer's screens: open missions, their own, which mission they mean. */
export const commitmentsMessages: Catalogue = {
  fr: {
    "missions.browse.title":
      "{count, plural, one {Une mission est ouverte} other {# missions sont ouvertes}} aux bénévoles, celles qui vous correspondent le mieux d'abord :",
    "missions.browse.more":
      "Et {count, plural, one {une autre} other {# autres}} : dites « missions à distance » ou tapez /missions.",
    "missions.browse.instead":
      "Pour devenir sympathisant·e et recevoir des missions, dites-le à l'équipe de coordination.",
    "missions.browse.none":
      "Aucune mission n'est ouverte en ce moment. Je vous écrirai quand une mission correspondra à votre profil.",
    "missions.button.more": "Mission {id} : plus d'infos",
    "missions.button.browse": "Voir les missions ouvertes",
    "missions.card.cancelled": "_Cette mission est annulée._",
    "missions.command": "Missions des bénévoles : celles qui sont ouvertes (le catalogue pour l'équipe)",
    "missions.command.usage": "[n° | nouvelle | brouillons | ouvertes | terminées…]",
    "missions.new.prompt": "Le formulaire de la mission s'ouvre avec ce bouton ; elle sera enregistrée en brouillon.",
    "missions.help":
      "**des missions ?** — les missions ouvertes aux bénévoles ; **mes missions**, **mes contributions cette année**",
    "missions.help.team":
      "**/missions** — le catalogue des missions : créer, publier, modifier, annuler, voir qui a répondu",
    "missions.mine.title": "Vos missions :",
    "missions.mine.none": "Vous n'avez pas de mission en cours.",
    "missions.mine.upcoming": "**À venir**",
    "missions.mine.toConfirm": "**À confirmer** — dites-moi si elle a eu lieu : « c'est fait pour la mission 3, 2h30 »",
    "missions.mine.waitlisted": "**En liste d'attente**",
    "missions.mine.offered": "**Proposées, en attente de votre réponse**",
    "missions.mine.done": "**Faites**",
    "missions.mine.position": "{position, selectordinal, one {#re} other {#e}} sur la liste",
    "missions.mine.answerBy": "réponse avant le {at}",
    "missions.mine.hours": "{hours, number} h données",
    "missions.mine.missed": "n'a pas eu lieu",
    "missions.which": "De quelle mission parlez-vous ? Dites son numéro (« la mission 3 ») ou ouvrez-la :",
    "missions.which.none.accept":
      "Aucune mission ne vous est proposée en ce moment. Dites son numéro (« je prends la mission 3 ») ou voyez les missions ouvertes.",
    "missions.which.none.decline": "Aucune mission ne vous est proposée en ce moment : il n'y a rien à décliner.",
    "missions.which.none.withdraw":
      "Vous ne tenez de place dans aucune mission en ce moment. Dites son numéro si je me trompe (« la mission 3 »).",
    "missions.which.none.complete":
      "Je ne vois pas de mission commencée où vous teniez une place. Dites son numéro (« c'est fait pour la mission 3, 2h30 »).",
  },
  en: {
    "missions.browse.title":
      "{count, plural, one {One mission is} other {# missions are}} open to volunteers, those that fit you best first:",
    "missions.browse.more":
      "And {count, plural, one {one more} other {# more}}: say « remote missions » or type /missions.",
    "missions.browse.instead": "To become a volunteer and receive missions, tell the coordination team.",
    "missions.browse.none": "No mission is open right now. I will write to you when one matches your profile.",
    "missions.button.more": "Mission {id}: more info",
    "missions.button.browse": "See the open missions",
    "missions.card.cancelled": "_This mission is cancelled._",
    "missions.command": "Volunteer missions: those open now (the catalogue for the team)",
    "missions.command.usage": "[no. | new | drafts | open | done…]",
    "missions.new.prompt": "The mission's form opens with this button; it will be saved as a draft.",
    "missions.help": "**any missions?** — missions open to volunteers; **my missions**, **my contributions this year**",
    "missions.help.team": "**/missions** — the missions catalogue: create, publish, edit, cancel, see who answered",
    "missions.mine.title": "Your missions:",
    "missions.mine.none": "You have no mission under way.",
    "missions.mine.upcoming": "**Coming up**",
    "missions.mine.toConfirm": "**To confirm** — tell me whether it took place: « done with mission 3, 2h30 »",
    "missions.mine.waitlisted": "**On the waiting list**",
    "missions.mine.offered": "**Offered, awaiting your answer**",
    "missions.mine.done": "**Done**",
    "missions.mine.position": "{position, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} on the list",
    "missions.mine.answerBy": "answer by {at}",
    "missions.mine.hours": "{hours, number} h given",
    "missions.mine.missed": "did not take place",
    "missions.which": "Which mission do you mean? Say its number (« mission 3 ») or open it:",
    "missions.which.none.accept":
      "No mission is offered to you right now. Say its number (« I'll take mission 3 ») or see the open missions.",
    "missions.which.none.decline": "No mission is offered to you right now: there is nothing to decline.",
    "missions.which.none.withdraw":
      "You hold no seat in any mission right now. Say its number if I am wrong (« mission 3 »).",
    "missions.which.none.complete":
      "I see no mission under way where you hold a seat. Say its number (« done with mission 3, 2h30 »).",
  },
};
