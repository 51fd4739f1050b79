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
      "Vous pouvez recevoir une copie de ces données, ou demander leur effacement : l'équipe de coordination l'approuve, puis le bot efface et vous le confirme.",
    "privacy.mydata.erasePending":
      "Vous avez demandé l'effacement de vos données le {date} ; dès que l'équipe de coordination l'approuve, le bot les efface et vous le confirme.",
    "privacy.mydata.unknownMember": "Je ne trouve pas votre profil. L'équipe de coordination peut vous renseigner.",
    "privacy.erase.button": "Demander l'effacement",
    "privacy.erase.confirmTitle": "Effacer vos données ?",
    "privacy.erase.confirmText":
      "Après l'accord de l'équipe de coordination, le bot effacera votre profil, vos comptes reliés et vos échanges. Vos demandes passées resteront, au nom de « membre supprimé ». Vous ne recevrez plus de missions ni d'annonces par le bot.",
    "privacy.erase.confirm": "Oui, demander l'effacement",
    "privacy.erase.deny": "Annuler",
    "privacy.erase.recorded":
      "C'est noté : votre demande d'effacement est enregistrée (le {date}). L'équipe de coordination est prévenue ; dès qu'elle l'approuve, le bot efface vos données et vous le confirme.",
    "privacy.erase.already":
      "Vous avez déjà demandé l'effacement de vos données le {date} ; l'équipe de coordination s'en occupe.",
    "privacy.erase.label": "membre supprimé n° {id}",
    "privacy.erase.approve.button": "Approuver l'effacement",
    "privacy.erase.approve.confirmTitle": "Effacer ce membre ?",
    "privacy.erase.approve.confirmText":
      "Son profil, ses comptes reliés et ses échanges avec le bot seront effacés pour de bon. Ses demandes, missions et l'historique de l'association resteront, au nom de « membre supprimé ».",
    "privacy.erase.approve.confirm": "Oui, effacer",
    "privacy.erase.approve.instead":
      "Les effacements de données sont approuvés par l'équipe de coordination, qui a reçu la demande.",
    "privacy.erase.approved":
      "Effacement du membre n° {id} approuvé par {approver} : le bot l'effectue et préviendra l'équipe quand il sera fait.",
    "privacy.erase.alreadyApproved": "L'effacement du membre n° {id} a déjà été approuvé, le {date}.",
    "privacy.erase.alreadyDone": "Les données du membre n° {id} ont déjà été effacées, le {date}.",
    "privacy.erase.noRequest": "Ce membre n'a pas de demande d'effacement en cours.",
    "privacy.erase.unknown": "Ce membre n'existe plus.",
    "privacy.erase.done.member":
      "Vos données ont été effacées, comme vous l'avez demandé : votre profil, vos comptes reliés et vos échanges avec le bot. Vos demandes passées restent, au nom de « membre supprimé ». Si vous écrivez de nouveau au bot, il ne vous connaîtra plus.",
    "privacy.erase.done.team":
      "**Effacement fait** : le membre n° {id} est désormais « {label} » (effacement approuvé par {approver} le {date}).",
    "privacy.erase.done.reference":
      "**Annuaire à corriger ?** Une fiche de l'annuaire ({entries}) porte le même nom ou le même numéro que le membre n° {id}, effacé à sa demande : le bot ne l'a pas modifiée. Si c'est bien la sienne, corrigez le fichier de l'annuaire puis réimportez-le.",
    "privacy.erase.team":
      "**Demande d'effacement de données** : {name} (membre n° {id}, {profession}) l'a demandée le {date}. Comptes : {identities}. Vérifiez qu'aucune obligation ne demande de garder ses données, puis approuvez : le bot efface ses données et le lui confirme.",
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
      "You can get a copy of this data, or ask for it to be erased: the coordination team approves, then the bot erases it and confirms it to you.",
    "privacy.mydata.erasePending":
      "You asked for your data to be erased on {date}; as soon as the coordination team approves, the bot erases it and confirms it to you.",
    "privacy.mydata.unknownMember": "I cannot find your profile. The coordination team can help you.",
    "privacy.erase.button": "Ask for erasure",
    "privacy.erase.confirmTitle": "Erase your data?",
    "privacy.erase.confirmText":
      "Once the coordination team approves, the bot will erase your profile, linked accounts and exchanges. Your past requests will stay, under “deleted member”. You will no longer receive missions or announcements through the bot.",
    "privacy.erase.confirm": "Yes, ask for erasure",
    "privacy.erase.deny": "Cancel",
    "privacy.erase.recorded":
      "Noted: your erasure request is recorded ({date}). The coordination team has been told; as soon as they approve, the bot erases your data and confirms it to you.",
    "privacy.erase.already":
      "You already asked for your data to be erased on {date}; the coordination team is handling it.",
    "privacy.erase.label": "deleted member no. {id}",
    "privacy.erase.approve.button": "Approve the erasure",
    "privacy.erase.approve.confirmTitle": "Erase this member?",
    "privacy.erase.approve.confirmText":
      "Their profile, linked accounts and exchanges with the bot will be erased for good. Their requests, missions and the association's history will stay, under “deleted member”.",
    "privacy.erase.approve.confirm": "Yes, erase",
    "privacy.erase.approve.instead": "Data erasures are approved by the coordination team, who received the request.",
    "privacy.erase.approved":
      "Erasure of member no. {id} approved by {approver}: the bot carries it out and will tell the team when it is done.",
    "privacy.erase.alreadyApproved": "The erasure of member no. {id} was already approved, on {date}.",
    "privacy.erase.alreadyDone": "The data of member no. {id} was already erased, on {date}.",
    "privacy.erase.noRequest": "This member has no erasure request in progress.",
    "privacy.erase.unknown": "This member no longer exists.",
    "privacy.erase.done.member":
      "Your data has been erased, as you asked: your profile, linked accounts and exchanges with the bot. Your past requests stay, under “deleted member”. If you write to the bot again, it will not know you.",
    "privacy.erase.done.team":
      "**Erasure done**: member no. {id} is now “{label}” (erasure approved by {approver} on {date}).",
    "privacy.erase.done.reference":
      "**Directory to correct?** An entry of the directory ({entries}) carries the same name or number as member no. {id}, erased at their request: the bot left it as it is. If it is theirs, correct the directory file and import it again.",
    "privacy.erase.team":
      "**Data erasure request**: {name} (member no. {id}, {profession}) asked for it on {date}. Accounts: {identities}. Check that no obligation requires keeping their data, then approve: the bot erases it and confirms it to them.",
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
