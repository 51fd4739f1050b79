import type { Catalogue } from "../../core/i18n.ts";

export const accountsMessages: Catalogue = {
  fr: {
    "accounts.code":
      "Votre code : **{code}** (valable {minutes} minutes, une seule fois). Sur l'autre messagerie, écrivez au bot : `/lier {code}`",
    "accounts.code.warning":
      "Ne le donnez à personne : ce code donne accès à votre profil et à vos rôles. Vous n'en avez pas besoin si l'autre compte utilise la même adresse e-mail que votre fiche : il est alors relié tout seul.",
    "accounts.link.done":
      "C'est fait : {channel, select, slack {votre compte Slack} discord {votre compte Discord} console {votre compte du terminal} other {votre compte {channel}}} est relié au profil de {name}. Vos rôles, vos demandes et vos inscriptions sont les mêmes sur toutes vos messageries.",
    "accounts.link.rolesAdded": "Rôles apportés par l'autre compte : {roles}.",
    "accounts.link.malformed":
      "Ce n'est pas un code de liaison : il a 8 caractères, comme `ABCD-EFGH`. Tapez `/lier` sur votre autre messagerie pour en obtenir un.",
    "accounts.link.tooManyAttempts":
      "Trop de codes erronés : pour protéger les comptes, réessayez dans {minutes, plural, one {# minute} other {# minutes}}.",
    "accounts.link.paused":
      "La liaison de comptes est suspendue quelques minutes (trop de codes erronés ont été tapés). Réessayez un peu plus tard.",
    "accounts.link.unknownCode":
      "Ce code ne correspond à aucune demande de liaison. Vérifiez-le, ou demandez-en un nouveau avec `/lier` sur l'autre messagerie ({left, plural, =0 {dernier essai avant une pause} one {encore # essai} other {encore # essais}}).",
    "accounts.link.usedCode":
      "Ce code a déjà servi : chaque code ne sert qu'une fois. Demandez-en un nouveau avec `/lier` sur l'autre messagerie.",
    "accounts.link.expiredCode":
      "Ce code a expiré (il est valable {minutes} minutes). Demandez-en un nouveau avec `/lier` sur l'autre messagerie.",
    "accounts.link.sameMember": "Ce compte est déjà relié à ce profil : il n'y a rien à faire.",
    "accounts.link.bothRegistered":
      "Les deux comptes appartiennent chacun à un membre enregistré du réseau : je ne les fusionne pas moi-même. Demandez-le à l'équipe de coordination.",
    "accounts.link.wrongWay":
      "Ce code vient d'un compte invité, et ce compte-ci est déjà relié à un profil enregistré : c'est dans l'autre sens qu'il faut faire. Tapez `/lier` ici, puis le code sur l'autre compte. (Ne tapez jamais le code de quelqu'un d'autre : il pourrait ainsi entrer dans votre profil.)",
    "accounts.link.erasure":
      "Une demande d'effacement des données est en cours pour l'un des deux profils : ils ne peuvent pas être reliés.",
    "accounts.unlink.done":
      "{channel, select, slack {Votre compte Slack} discord {Votre compte Discord} console {Votre compte du terminal} other {Votre compte {channel}}} n'est plus relié à votre profil : il repart comme un compte invité, sans vos rôles ni votre historique. Pour le relier de nouveau : `/lier`.",
    "accounts.unlink.none":
      "Aucun compte {channel, select, slack {Slack} discord {Discord} console {du terminal} other {{channel}}} n'est relié à votre profil.",
    "accounts.unlink.last":
      "C'est votre seul compte relié : le délier vous couperait de votre profil. Pour ne plus utiliser le bot, demandez plutôt l'effacement de vos données (« mes données »).",
    "accounts.unlink.which": "Quel compte délier ? Par exemple `/delier slack`.",
    "accounts.overview.title": "**Vos comptes de messagerie reliés au profil de {name}**",
    "accounts.overview.identity": "{channel} (espace {workspace}), utilisé pour la dernière fois le {seen}",
    "accounts.overview.identityNeverSeen": "{channel} (espace {workspace})",
    "accounts.overview.preferred": "Je vous écris {channel}, comme vous l'avez choisi.",
    "accounts.overview.lastUsed": "Je vous écris sur la messagerie que vous avez utilisée en dernier.",
    "accounts.overview.howTo":
      "Pour relier un autre compte (Slack, Discord, terminal) : obtenez un code ici, puis tapez `/lier <code>` sur l'autre messagerie.",
    "accounts.overview.howToGuest":
      "Le bot ne vous connaît pas encore ici. Si vous avez un profil sur une autre messagerie (Slack, Discord, terminal) : tapez-y `/lier`, puis ici `/lier <code>`.",
    "accounts.button.code": "Obtenir un code",
    "accounts.button.prefer": "M'écrire {channel}",
    "accounts.button.lastUsed": "Là où j'écris en dernier",
    "accounts.button.unlink": "Délier {channel}",
    "accounts.unlink.confirmTitle": "Délier ce compte ?",
    "accounts.unlink.confirmText":
      "Ce compte ne sera plus relié à votre profil : il redeviendra un compte invité, sans vos rôles ni votre historique.",
    "accounts.unlink.confirm": "Oui, délier",
    "accounts.unlink.deny": "Annuler",
    "accounts.prefer.done":
      "C'est noté : je vous écrirai désormais {channel}. Si cette messagerie n'est pas disponible, j'utiliserai la dernière que vous avez utilisée.",
    "accounts.prefer.lastUsed": "C'est noté : je vous écrirai sur la messagerie que vous avez utilisée en dernier.",
    "accounts.prefer.notLinked":
      "Vous n'avez pas de compte {channel, select, slack {Slack} discord {Discord} console {du terminal} other {{channel}}} relié à votre profil. Tapez `/lier` ici, puis le code {on} pour le relier.",
    "accounts.prefer.which": "Sur quelle messagerie voulez-vous recevoir mes messages ?",
    "accounts.help":
      "Relier vos comptes Slack, Discord et terminal : /lier, /delier, /comptes ; « écris-moi plutôt sur Slack »",
    "accounts.command.link": "Relier ce compte à votre profil sur une autre messagerie",
    "accounts.command.link.usage": "[code]",
    "accounts.command.unlink": "Délier un compte de messagerie de votre profil",
    "accounts.command.unlink.usage": "<slack|discord|terminal>",
    "accounts.command.accounts": "Vos comptes de messagerie reliés, et où le bot vous écrit",
  },
  en: {
    "accounts.code":
      "Your code: **{code}** (valid {minutes} minutes, once). On the other messaging app, write to the bot: `/lier {code}`",
    "accounts.code.warning":
      "Give it to nobody: this code gives access to your profile and your roles. You do not need it if the other account uses the same e-mail address as your record: it is then linked by itself.",
    "accounts.link.done":
      "Done: your {channel, select, slack {Slack} discord {Discord} console {terminal} other {{channel}}} account is linked to the profile of {name}. Your roles, requests and registrations are the same on all your messaging apps.",
    "accounts.link.rolesAdded": "Roles brought by the other account: {roles}.",
    "accounts.link.malformed":
      "This is not a link code: it has 8 characters, like `ABCD-EFGH`. Type `/lier` on your other messaging app to get one.",
    "accounts.link.tooManyAttempts":
      "Too many wrong codes: to protect accounts, try again in {minutes, plural, one {# minute} other {# minutes}}.",
    "accounts.link.paused":
      "Linking accounts is paused for a few minutes (too many wrong codes were typed). Please try again a little later.",
    "accounts.link.unknownCode":
      "This code matches no link request. Check it, or get a new one with `/lier` on the other messaging app ({left, plural, =0 {last try before a pause} one {# more try} other {# more tries}}).",
    "accounts.link.usedCode":
      "This code was already used: each code works once. Get a new one with `/lier` on the other messaging app.",
    "accounts.link.expiredCode":
      "This code expired (it is valid {minutes} minutes). Get a new one with `/lier` on the other messaging app.",
    "accounts.link.sameMember": "This account is already linked to this profile: there is nothing to do.",
    "accounts.link.bothRegistered":
      "Both accounts belong to registered members of the network: I do not merge them myself. Please ask the coordination team.",
    "accounts.link.wrongWay":
      "This code comes from a guest account, and this account is already linked to a registered profile: it works the other way round. Type `/lier` here, then the code on the other account. (Never type someone else's code: they could get into your profile that way.)",
    "accounts.link.erasure":
      "A data erasure request is in progress for one of the two profiles: they cannot be linked.",
    "accounts.unlink.done":
      "Your {channel, select, slack {Slack} discord {Discord} console {terminal} other {{channel}}} account is no longer linked to your profile: it starts again as a guest account, without your roles or history. To link it again: `/lier`.",
    "accounts.unlink.none":
      "No {channel, select, slack {Slack} discord {Discord} console {terminal} other {{channel}}} account is linked to your profile.",
    "accounts.unlink.last":
      "This is your only linked account: unlinking it would cut you off from your profile. To stop using the bot, ask for your data to be erased instead (“my data”).",
    "accounts.unlink.which": "Which account should I unlink? For example `/delier slack`.",
    "accounts.overview.title": "**Your messaging accounts linked to the profile of {name}**",
    "accounts.overview.identity": "{channel} (workspace {workspace}), last used on {seen}",
    "accounts.overview.identityNeverSeen": "{channel} (workspace {workspace})",
    "accounts.overview.preferred": "I write to you {channel}, as you chose.",
    "accounts.overview.lastUsed": "I write to you on the messaging app you used last.",
    "accounts.overview.howTo":
      "To link another account (Slack, Discord, terminal): get a code here, then type `/lier <code>` on the other messaging app.",
    "accounts.overview.howToGuest":
      "The bot does not know you here yet. If you have a profile on another messaging app (Slack, Discord, terminal): type `/lier` there, then `/lier <code>` here.",
    "accounts.button.code": "Get a code",
    "accounts.button.prefer": "Write to me {channel}",
    "accounts.button.lastUsed": "Where I wrote last",
    "accounts.button.unlink": "Unlink {channel}",
    "accounts.unlink.confirmTitle": "Unlink this account?",
    "accounts.unlink.confirmText":
      "This account will no longer be linked to your profile: it will become a guest account again, without your roles or history.",
    "accounts.unlink.confirm": "Yes, unlink",
    "accounts.unlink.deny": "Cancel",
    "accounts.prefer.done":
      "Noted: I will now write to you {channel}. If that messaging app is not available, I will use the one you used last.",
    "accounts.prefer.lastUsed": "Noted: I will write to you on the messaging app you used last.",
    "accounts.prefer.notLinked":
      "You have no {channel, select, slack {Slack} discord {Discord} console {terminal} other {{channel}}} account linked to your profile. Type `/lier` here, then the code {on} to link it.",
    "accounts.prefer.which": "On which messaging app do you want my messages?",
    "accounts.help":
      "Link your Slack, Discord and terminal accounts: /lier, /delier, /comptes; “write to me on Slack instead”",
    "accounts.command.link": "Link this account to your profile on another messaging app",
    "accounts.command.link.usage": "[code]",
    "accounts.command.unlink": "Unlink a messaging account from your profile",
    "accounts.command.unlink.usage": "<slack|discord|terminal>",
    "accounts.command.accounts": "Your linked messaging accounts, and where the bot writes to you",
  },
};
