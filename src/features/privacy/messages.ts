import type { Catalogue } from "../../core/i18n.ts";

export const privacyMessages: Catalogue = {
  fr: {
    "privacy.notice":
      "**Pas de données patient ici, s'il vous plaît.** Votre message contenait {found} : {count, plural, one {je l'ai retiré} other {je les ai retirés}} avant de traiter votre demande et je n'en garde aucune trace. Pour échanger sur un patient, utilisez votre messagerie sécurisée de santé (MSSanté) ou appelez l'équipe de coordination.",
    "privacy.found.nir": "un numéro de sécurité sociale",
    "privacy.found.birth-date": "une date de naissance",
    "privacy.found.patient-name": "un nom de patient",
    "privacy.found.hospital-id": "un numéro de dossier hospitalier",
    "privacy.mydata.title": "**Ce que le bot garde sur vous**",
    "privacy.mydata.name": "Nom affiché",
    "privacy.mydata.status": "Statut",
    "privacy.mydata.profession": "Profession",
    "privacy.mydata.roles": "Rôles",
    "privacy.mydata.communes": "Communes d'exercice",
    "privacy.mydata.tags": "Compétences et centres d'intérêt",
    "privacy.mydata.availability": "Disponibilités",
    "privacy.mydata.email": "E-mail",
    "privacy.mydata.phone": "Téléphone",
    "privacy.mydata.quietHours": "Heures calmes",
    "privacy.mydata.language": "Langue",
    "privacy.mydata.lastLanguage": "Dernière langue utilisée",
    "privacy.mydata.since": "Premier contact",
    "privacy.mydata.none": "—",
    "privacy.mydata.given": "renseignées",
    "privacy.mydata.quietHoursValue": "de {start} à {end}",
    "privacy.mydata.status.value":
      "{status, select, guest {invité·e (pas encore enregistré·e par l'équipe)} active {membre actif·ve} other {inactif·ve}}",
    "privacy.mydata.role":
      "{role, select, member {adhérent·e} volunteer {sympathisant·e} coordinator {équipe de coordination} director {direction} board_president {présidence} board_treasurer {trésorerie} board_secretary {secrétariat du bureau} board_member {membre du bureau} admin {administration} other {{role}}}",
    "privacy.mydata.language.value": "{locale, select, fr {français} en {anglais} other {celle de chaque message}}",
    "privacy.mydata.identities": "**Comptes de messagerie reliés**",
    "privacy.mydata.identity": "{channel} (espace {workspace}), vu pour la dernière fois le {seen}",
    "privacy.mydata.identityNeverSeen": "{channel} (espace {workspace})",
    "privacy.mydata.activity": "**Votre activité**",
    "privacy.mydata.requests": "Demandes à la coordination",
    "privacy.mydata.trainings": "Inscriptions aux formations",
    "privacy.mydata.missions": "Missions proposées ou acceptées",
    "privacy.mydata.announcements": "Annonces reçues",
    "privacy.mydata.logs": "Messages notés",
    "privacy.mydata.logPolicy":
      "Pour chaque message, le bot note seulement l'intention reconnue, le résultat et l'heure — jamais le texte — et efface ces notes après {days} jours. Il garde aussi, quelques minutes à quelques jours, une question en cours et les identifiants techniques des messages reçus. Il ne garde aucune donnée de patient.",
    "privacy.mydata.eraseOffer":
      "Vous pouvez demander l'effacement de vos données : l'équipe de coordination s'en charge et vous le confirme.",
    "privacy.mydata.erasePending":
      "Vous avez demandé l'effacement de vos données le {date} ; l'équipe de coordination s'en occupe.",
    "privacy.mydata.unknownMember": "Je ne trouve pas votre profil. L'équipe de coordination peut vous renseigner.",
    "privacy.erase.button": "Demander l'effacement",
    "privacy.erase.confirmTitle": "Effacer vos données ?",
    "privacy.erase.confirmText":
      "L'équipe de coordination supprimera votre profil et ce que le bot garde sur vous. Vous ne recevrez plus de missions ni d'annonces par le bot.",
    "privacy.erase.confirm": "Oui, demander l'effacement",
    "privacy.erase.deny": "Annuler",
    "privacy.erase.recorded":
      "C'est noté : votre demande d'effacement est enregistrée (le {date}). L'équipe de coordination est prévenue ; elle effectuera l'effacement et vous le confirmera.",
    "privacy.erase.already":
      "Vous avez déjà demandé l'effacement de vos données le {date} ; l'équipe de coordination s'en occupe.",
    "privacy.erase.team":
      "**Demande d'effacement de données** : {name} (membre n° {id}, {profession}) l'a demandée le {date}. Comptes : {identities}. À faire par l'équipe : supprimer ou anonymiser ce membre et ses données, puis le lui confirmer.",
    "privacy.help.entry":
      "Savoir ce que le bot garde sur vous, en recevoir une copie, demander l'effacement : « mes données », « exporter mes données », /mesdonnees",
    "privacy.command.description": "Ce que l'assistant garde sur vous",
    "privacy.command.usage": "[export]",
    "privacy.export.button": "Exporter mes données",
    "privacy.export.filename": "mes-donnees",
    "privacy.export.title": "Vos données",
    "privacy.export.ready":
      "Voici une copie de tout ce que le bot garde sur vous, dans un fichier JSON ({filename}) : votre profil, vos comptes reliés, vos demandes, inscriptions, messages reçus et les notes sur vos échanges.",
  },
  en: {
    "privacy.notice":
      "**No patient data here, please.** Your message contained {found}: I removed {count, plural, one {it} other {them}} before handling your request and I keep no trace of {count, plural, one {it} other {them}}. To discuss a patient, use your secure health messaging (MSSanté) or call the coordination team.",
    "privacy.found.nir": "a social security number",
    "privacy.found.birth-date": "a date of birth",
    "privacy.found.patient-name": "a patient's name",
    "privacy.found.hospital-id": "a hospital record number",
    "privacy.mydata.title": "**What the bot keeps about you**",
    "privacy.mydata.name": "Display name",
    "privacy.mydata.status": "Status",
    "privacy.mydata.profession": "Profession",
    "privacy.mydata.roles": "Roles",
    "privacy.mydata.communes": "Communes where you practise",
    "privacy.mydata.tags": "Skills and interests",
    "privacy.mydata.availability": "Availability",
    "privacy.mydata.email": "E-mail",
    "privacy.mydata.phone": "Phone",
    "privacy.mydata.quietHours": "Quiet hours",
    "privacy.mydata.language": "Language",
    "privacy.mydata.lastLanguage": "Language last used",
    "privacy.mydata.since": "First contact",
    "privacy.mydata.none": "—",
    "privacy.mydata.given": "given",
    "privacy.mydata.quietHoursValue": "from {start} to {end}",
    "privacy.mydata.status.value":
      "{status, select, guest {guest (not registered by the team yet)} active {active member} other {inactive}}",
    "privacy.mydata.role":
      "{role, select, member {member} volunteer {volunteer} coordinator {coordination team} director {director} board_president {chair} board_treasurer {treasurer} board_secretary {board secretary} board_member {board member} admin {administrator} other {{role}}}",
    "privacy.mydata.language.value": "{locale, select, fr {French} en {English} other {the language of each message}}",
    "privacy.mydata.identities": "**Linked chat accounts**",
    "privacy.mydata.identity": "{channel} (workspace {workspace}), last seen on {seen}",
    "privacy.mydata.identityNeverSeen": "{channel} (workspace {workspace})",
    "privacy.mydata.activity": "**Your activity**",
    "privacy.mydata.requests": "Requests to the coordination team",
    "privacy.mydata.trainings": "Training registrations",
    "privacy.mydata.missions": "Missions proposed or accepted",
    "privacy.mydata.announcements": "Announcements received",
    "privacy.mydata.logs": "Messages noted",
    "privacy.mydata.logPolicy":
      "For each message the bot notes only the recognised intent, the outcome and the time — never the text — and deletes these notes after {days} days. It also keeps, for minutes to days, a question in progress and the technical ids of the messages received. It keeps no patient data.",
    "privacy.mydata.eraseOffer":
      "You can ask for your data to be erased: the coordination team does it and confirms it to you.",
    "privacy.mydata.erasePending":
      "You asked for your data to be erased on {date}; the coordination team is handling it.",
    "privacy.mydata.unknownMember": "I cannot find your profile. The coordination team can help you.",
    "privacy.erase.button": "Ask for erasure",
    "privacy.erase.confirmTitle": "Erase your data?",
    "privacy.erase.confirmText":
      "The coordination team will delete your profile and what the bot keeps about you. You will no longer receive missions or announcements through the bot.",
    "privacy.erase.confirm": "Yes, ask for erasure",
    "privacy.erase.deny": "Cancel",
    "privacy.erase.recorded":
      "Noted: your erasure request is recorded ({date}). The coordination team has been told; they will erase your data and confirm it to you.",
    "privacy.erase.already":
      "You already asked for your data to be erased on {date}; the coordination team is handling it.",
    "privacy.erase.team":
      "**Data erasure request**: {name} (member no. {id}, {profession}) asked for it on {date}. Accounts: {identities}. To do by the team: delete or anonymise this member and their data, then confirm it to them.",
    "privacy.help.entry":
      "See what the bot keeps about you, get a copy, ask for erasure: “my data”, “export my data”, /mydata",
    "privacy.command.description": "What the assistant keeps about you",
    "privacy.command.usage": "[export]",
    "privacy.export.button": "Export my data",
    "privacy.export.filename": "my-data",
    "privacy.export.title": "Your data",
    "privacy.export.ready":
      "Here is a copy of everything the bot keeps about you, as a JSON file ({filename}): your profile, linked accounts, requests, registrations, messages received and the notes on your exchanges.",
  },
};
