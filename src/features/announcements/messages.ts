import type { Catalogue } from "../../core/i18n.ts";

export const announcementsMessages: Catalogue = {
  fr: {
    "announcements.help":
      "Faire une annonce aux membres : « nouvelle annonce » ou **/annonce** (liste, stats N, modifier N, retirer N, reporter N, annuler N)",
    "announcements.digest.help": "Recevoir les annonces en un résumé par semaine : **/annonces résumé lundi 9h**",
    "announcements.command.description": "Annonces : écrire, programmer, suivre, modifier ou retirer une annonce",
    "announcements.command.usage.short":
      "[liste | stats N | modifier N texte | retirer N | reporter N quand | annuler N]",
    "announcements.command.usage":
      "Utilisation : **/annonce** pour en écrire une ; **/annonce liste** ; **/annonce publics** ; **/annonce public nom : public** ; **/annonce stats 3** ; **/annonce modifier 3 nouveau texte** ; **/annonce retirer 3** ; **/annonce reporter 3 vendredi 18h** ; **/annonce annuler 3**.",
    "announcements.digest.command.description": "Annonces : les recevoir en un résumé hebdomadaire",
    "announcements.digest.command.usage": "résumé <jour heure> | résumé non",
    "announcements.refused.instead":
      "Demandez-leur de diffuser votre message, ou tapez **aide** pour voir ce que je peux faire pour vous.",
    "announcements.ask.title":
      "Écrivons une annonce. Quel est son **titre** ? (ou remplissez le formulaire ; « annuler » pour abandonner)",
    "announcements.ask.body":
      "Le **texte** de l'annonce ? Vous pouvez ajouter un lien (« lien : https://… ») et des boutons (« bouton : Je m'inscris https://… »), un par ligne.",
    "announcements.ask.audience":
      "**À qui** ? Par exemple « tout le monde », « les médecins généralistes de Vitry et d'Ivry », « les bénévoles », « le bureau », ou le nom d'un public enregistré (**/annonce publics**).",
    "announcements.ask.when":
      "**Quand** l'envoyer ? « maintenant », « demain 9h », « vendredi 18h », « le 3 janvier à 8h30 »…",
    "announcements.retry.title": "Un titre de {max} caractères au plus, s'il vous plaît.",
    "announcements.retry.body": "Il me faut le texte de l'annonce.",
    "announcements.retry.bodyLength": "Il me faut un texte (et un titre) de {max} caractères au plus.",
    "announcements.retry.audience":
      "Je n'ai pas compris à qui l'envoyer (« {words} »). Nommez des rôles, des professions, des communes ou des compétences.",
    "announcements.retry.when":
      "Je n'ai pas compris quand l'envoyer. Essayez « maintenant », « demain 9h » ou « le 3 janvier à 8h30 ».",
    "announcements.retry.past": "{when} est déjà passé : quand l'envoyer ?",
    "announcements.retry.confirm":
      "Répondez « oui » pour l'envoyer ou « annuler » pour l'abandonner ; vous pouvez aussi me donner une autre date ou d'autres destinataires.",
    "announcements.preview.title": "Voici l'annonce telle que les membres la liront :",
    "announcements.preview.summary": "**Vérifiez avant d'envoyer :**",
    "announcements.audience.everyone": "tous les membres",
    "announcements.field.title": "Titre",
    "announcements.field.body": "Texte",
    "announcements.field.audience": "Destinataires",
    "announcements.field.reach": "Membres",
    "announcements.field.where": "Où",
    "announcements.field.when": "Quand",
    "announcements.field.urgent": "Urgente",
    "announcements.urgent.yes": "oui : envoyée même pendant les heures calmes",
    "announcements.urgent.no": "non : les heures calmes de chacun sont respectées",
    "announcements.reach.total": "{count, plural, =0 {aucun membre} one {# membre} other {# membres}}",
    "announcements.reach.channel": "{count} {where}",
    "announcements.reach.noAccount":
      "{count, plural, one {# sans compte de chat (ne la recevra pas)} other {# sans compte de chat (ne la recevront pas)}}",
    "announcements.reach.digest":
      "{count, plural, one {# la lira dans son résumé hebdomadaire} other {# la liront dans leur résumé hebdomadaire}}",
    "announcements.where.direct": "en message privé",
    "announcements.where.channels": "dans le canal d'annonces ({channels})",
    "announcements.when.now": "maintenant",
    "announcements.button.send": "Envoyer",
    "announcements.button.schedule": "Programmer",
    "announcements.button.urgent": "Marquer urgente",
    "announcements.button.notUrgent": "Pas urgente",
    "announcements.button.where": "Changer où",
    "announcements.button.discard": "Abandonner",
    "announcements.button.form": "Remplir le formulaire",
    "announcements.button.read": "Lu ✓",
    "announcements.button.cancel": "Annuler l'annonce {id}",
    "announcements.form.title": "Nouvelle annonce",
    "announcements.form.submit": "Voir l'aperçu",
    "announcements.form.bodyHint":
      "Lien : « lien : https://… » ; boutons : « bouton : Je m'inscris https://… », un par ligne.",
    "announcements.form.audienceHint": "« tout le monde », « les infirmières de Vitry », « le bureau »…",
    "announcements.sending":
      "C'est parti : l'annonce n° {id} est en cours d'envoi. **/annonce stats {id}** pour suivre qui l'a reçue et lue.",
    "announcements.scheduled":
      "L'annonce n° {id} partira {when}. **/annonce liste** pour la retrouver, la reporter ou l'annuler.",
    "announcements.discarded": "Annonce abandonnée.",
    "announcements.untitled": "Annonce",
    "announcements.link": "En savoir plus",
    "announcements.footer": "Annonce n° {id} du réseau",
    "announcements.footer.preview": "Annonce du réseau (son numéro est donné à l'envoi)",
    "announcements.read.done": "✓ Lu",
    "announcements.withdrawn":
      "🚫 **Annonce retirée** : « {title} »\nCette annonce a été retirée par l'équipe du réseau : n'en tenez plus compte.",
    "announcements.fallback.notice":
      "Ces membres n'ont pas pu recevoir l'annonce en message privé (messages privés fermés ?) : la voici.",
    "announcements.list.title": "**Annonces** (programmées et dernières envoyées) :",
    "announcements.list.item": "n° {id} — **{title}** — {status}, {when} — {audience}",
    "announcements.list.none": "Aucune annonce programmée ni envoyée pour le moment.",
    "announcements.list.hint":
      "**/annonce stats N** pour les chiffres, **/annonce reporter N quand**, **/annonce modifier N texte**, **/annonce retirer N**.",
    "announcements.status.scheduled": "programmée",
    "announcements.status.sending": "en cours d'envoi",
    "announcements.status.sent": "envoyée",
    "announcements.status.retracted": "retirée",
    "announcements.confirm.cancel.title": "Annuler l'annonce ?",
    "announcements.confirm.cancel.text": "L'annonce n° {id} ne partira pas.",
    "announcements.confirm.cancel.yes": "Annuler l'annonce",
    "announcements.confirm.cancel.no": "Garder",
    "announcements.cancelled": "L'annonce n° {id} est annulée : elle ne partira pas.",
    "announcements.rescheduled": "L'annonce n° {id} partira {when}.",
    "announcements.edited.scheduled": "L'annonce n° {id} est modifiée ; elle partira comme prévu.",
    "announcements.edited":
      "L'annonce n° {id} est modifiée : {edited, plural, =0 {aucune copie} one {# copie mise à jour} other {# copies mises à jour}}{failed, plural, =0 {} other { ; # n'ont pas pu l'être}}.",
    "announcements.retracted":
      "L'annonce n° {id} est retirée : {edited, plural, =0 {aucune copie} one {# copie marquée retirée} other {# copies marquées retirées}}{failed, plural, =0 {} other { ; # n'ont pas pu l'être}}{dropped, plural, =0 {} one { ; # message en attente ne partira pas} other { ; # messages en attente ne partiront pas}}.",
    "announcements.error.noDraft": "Cette annonce n'est plus en cours d'écriture : **/annonce** pour en écrire une.",
    "announcements.error.noChannel":
      "Aucun canal d'annonces n'est configuré (ANNOUNCEMENT_CHANNELS) : l'annonce part en message privé.",
    "announcements.error.notFound": "Je ne trouve pas d'annonce n° {id}.",
    "announcements.error.notScheduled": "L'annonce n° {id} n'est pas (ou plus) programmée.",
    "announcements.error.gone": "L'annonce n° {id} a été retirée ou annulée.",
    "announcements.stats.title": "**Annonce n° {id}** — {title}",
    "announcements.stats.recipients": "Destinataires",
    "announcements.stats.delivered": "Reçue",
    "announcements.stats.deferred": "En attente (heures calmes, nouvel essai)",
    "announcements.stats.failed": "Échecs",
    "announcements.stats.failedValue": "{failed} (dont {fallback} mentionnés dans le canal d'annonces)",
    "announcements.stats.read": "Lue",
    "announcements.digest.ask":
      "Pour recevoir les annonces en un seul message par semaine : **/annonces résumé lundi 9h** (le jour et l'heure de votre choix) ; **/annonces résumé non** pour les recevoir une à une.",
    "announcements.digest.on": "C'est noté : un résumé des annonces chaque {day} à {time}.",
    "announcements.digest.off": "C'est noté : vous recevrez chaque annonce dès qu'elle part.",
    "announcements.digest.title": "**Les annonces du réseau de la semaine** ({count}) :",
    "announcements.lists.usage":
      "Pour enregistrer un public : **/annonce public MG Vitry-Ivry : les médecins généralistes de Vitry et d'Ivry** (un nom, deux-points, le public en mots).",
    "announcements.lists.saved":
      "Public « {name} » enregistré : {audience} ({count, plural, one {# membre} other {# membres}} aujourd'hui). Répondez « {name} » quand je demande à qui envoyer.",
    "announcements.lists.none": "Aucun public enregistré : **/annonce public nom : public** pour en créer un.",
    "announcements.lists.title": "**Publics enregistrés** :",
    "announcements.lists.item": "**{name}** — {audience}",
  },
  en: {
    "announcements.help":
      "Announce something to members: “new announcement” or **/announce** (list, stats N, edit N, retract N, reschedule N, cancel N)",
    "announcements.digest.help": "Get announcements as one weekly digest: **/announcements digest monday 9am**",
    "announcements.command.description": "Announcements: write, schedule, follow, edit or withdraw one",
    "announcements.command.usage.short": "[list | stats N | edit N text | retract N | reschedule N when | cancel N]",
    "announcements.command.usage":
      "Usage: **/announce** to write one; **/announce list**; **/announce audiences**; **/announce audience name: audience**; **/announce stats 3**; **/announce edit 3 new text**; **/announce retract 3**; **/announce reschedule 3 friday 6pm**; **/announce cancel 3**.",
    "announcements.digest.command.description": "Announcements: get them as a weekly digest",
    "announcements.digest.command.usage": "digest <day time> | digest off",
    "announcements.refused.instead":
      "You can ask them to pass your message on, or type **help** to see what I can do for you.",
    "announcements.ask.title":
      "Let's write an announcement. What is its **title**? (or fill in the form; “cancel” to drop it)",
    "announcements.ask.body":
      "The announcement's **text**? You may add a link (“link: https://…”) and buttons (“button: Register https://…”), one per line.",
    "announcements.ask.audience":
      "**Who** is it for? For instance “everyone”, “the GPs in Vitry and Ivry”, “the volunteers”, “the board”, or a saved audience's name (**/announce audiences**).",
    "announcements.ask.when": "**When** should it go? “now”, “tomorrow 9am”, “friday 6pm”, “January 3rd at 8:30am”…",
    "announcements.retry.title": "A title of at most {max} characters, please.",
    "announcements.retry.body": "I need the announcement's text.",
    "announcements.retry.bodyLength": "I need a text (and a title) of at most {max} characters.",
    "announcements.retry.audience":
      "I did not understand who it is for (“{words}”). Name roles, professions, communes or skills.",
    "announcements.retry.when":
      "I did not understand when to send it. Try “now”, “tomorrow 9am” or “January 3rd at 8:30am”.",
    "announcements.retry.past": "{when} is already past: when should it go?",
    "announcements.retry.confirm":
      "Answer “yes” to send it or “cancel” to drop it; you may also give me another time or other recipients.",
    "announcements.preview.title": "Here is the announcement as members will read it:",
    "announcements.preview.summary": "**Check before sending:**",
    "announcements.audience.everyone": "all members",
    "announcements.field.title": "Title",
    "announcements.field.body": "Text",
    "announcements.field.audience": "Recipients",
    "announcements.field.reach": "Members",
    "announcements.field.where": "Where",
    "announcements.field.when": "When",
    "announcements.field.urgent": "Urgent",
    "announcements.urgent.yes": "yes: sent even during quiet hours",
    "announcements.urgent.no": "no: everyone's quiet hours are respected",
    "announcements.reach.total": "{count, plural, =0 {no member} one {# member} other {# members}}",
    "announcements.reach.channel": "{count} {where}",
    "announcements.reach.noAccount": "{count} without a chat account (will not get it)",
    "announcements.reach.digest": "{count} will read it in their weekly digest",
    "announcements.where.direct": "as a direct message",
    "announcements.where.channels": "in the announcement channel ({channels})",
    "announcements.when.now": "now",
    "announcements.button.send": "Send",
    "announcements.button.schedule": "Schedule",
    "announcements.button.urgent": "Mark urgent",
    "announcements.button.notUrgent": "Not urgent",
    "announcements.button.where": "Change where",
    "announcements.button.discard": "Drop it",
    "announcements.button.form": "Fill in the form",
    "announcements.button.read": "Read ✓",
    "announcements.button.cancel": "Cancel announcement {id}",
    "announcements.form.title": "New announcement",
    "announcements.form.submit": "Preview",
    "announcements.form.bodyHint": "Link: “link: https://…”; buttons: “button: Register https://…”, one per line.",
    "announcements.form.audienceHint": "“everyone”, “nurses in Vitry”, “the board”…",
    "announcements.sending":
      "On its way: announcement {id} is being sent. **/announce stats {id}** to follow who got and read it.",
    "announcements.scheduled": "Announcement {id} will go {when}. **/announce list** to find, reschedule or cancel it.",
    "announcements.discarded": "Announcement dropped.",
    "announcements.untitled": "Announcement",
    "announcements.link": "Read more",
    "announcements.footer": "Network announcement {id}",
    "announcements.footer.preview": "Network announcement (numbered when sent)",
    "announcements.read.done": "✓ Read",
    "announcements.withdrawn":
      "🚫 **Announcement withdrawn**: “{title}”\nThe network's team withdrew this announcement: please disregard it.",
    "announcements.fallback.notice":
      "These members could not get the announcement as a direct message (DMs closed?): here it is.",
    "announcements.list.title": "**Announcements** (scheduled and last sent):",
    "announcements.list.item": "no. {id} — **{title}** — {status}, {when} — {audience}",
    "announcements.list.none": "No announcement scheduled or sent yet.",
    "announcements.list.hint":
      "**/announce stats N** for figures, **/announce reschedule N when**, **/announce edit N text**, **/announce retract N**.",
    "announcements.status.scheduled": "scheduled",
    "announcements.status.sending": "being sent",
    "announcements.status.sent": "sent",
    "announcements.status.retracted": "withdrawn",
    "announcements.confirm.cancel.title": "Cancel the announcement?",
    "announcements.confirm.cancel.text": "Announcement {id} will not go.",
    "announcements.confirm.cancel.yes": "Cancel it",
    "announcements.confirm.cancel.no": "Keep it",
    "announcements.cancelled": "Announcement {id} is cancelled: it will not go.",
    "announcements.rescheduled": "Announcement {id} will go {when}.",
    "announcements.edited.scheduled": "Announcement {id} is changed; it will go as planned.",
    "announcements.edited":
      "Announcement {id} is edited: {edited, plural, =0 {no copy} one {# copy updated} other {# copies updated}}{failed, plural, =0 {} other {; # could not be}}.",
    "announcements.retracted":
      "Announcement {id} is withdrawn: {edited, plural, =0 {no copy} one {# copy marked withdrawn} other {# copies marked withdrawn}}{failed, plural, =0 {} other {; # could not be}}{dropped, plural, =0 {} one {; # waiting message will not go} other {; # waiting messages will not go}}.",
    "announcements.error.noDraft": "This announcement is no longer being written: **/announce** to write one.",
    "announcements.error.noChannel":
      "No announcement channel is configured (ANNOUNCEMENT_CHANNELS): it goes as direct messages.",
    "announcements.error.notFound": "I cannot find announcement {id}.",
    "announcements.error.notScheduled": "Announcement {id} is not (or no longer) scheduled.",
    "announcements.error.gone": "Announcement {id} was withdrawn or cancelled.",
    "announcements.stats.title": "**Announcement {id}** — {title}",
    "announcements.stats.recipients": "Recipients",
    "announcements.stats.delivered": "Delivered",
    "announcements.stats.deferred": "Waiting (quiet hours, retry)",
    "announcements.stats.failed": "Failed",
    "announcements.stats.failedValue": "{failed} ({fallback} mentioned in the announcement channel)",
    "announcements.stats.read": "Read",
    "announcements.digest.ask":
      "To get announcements as one message a week: **/announcements digest monday 9am** (any day and time); **/announcements digest off** to get them one by one.",
    "announcements.digest.on": "Done: a digest of announcements every {day} at {time}.",
    "announcements.digest.off": "Done: you will get each announcement as it goes.",
    "announcements.digest.title": "**This week's network announcements** ({count}):",
    "announcements.lists.usage":
      "To save an audience: **/announce audience GPs south: the GPs in Vitry and Ivry** (a name, a colon, the audience in words).",
    "announcements.lists.saved":
      "Audience “{name}” saved: {audience} ({count, plural, one {# member} other {# members}} today). Answer “{name}” when I ask who it is for.",
    "announcements.lists.none": "No saved audience: **/announce audience name: audience** to make one.",
    "announcements.lists.title": "**Saved audiences**:",
    "announcements.lists.item": "**{name}** — {audience}",
  },
};
