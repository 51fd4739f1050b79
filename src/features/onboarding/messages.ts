import type { Catalogue } from "../../core/i18n.ts";

export const onboardingMessages: Catalogue = {
  fr: {
    "onboarding.welcome":
      "Bienvenue ! Je suis l'assistant du réseau de santé. Pour vous orienter au mieux, deux questions rapides — vous pouvez aussi poser votre question directement.",
    "onboarding.ask.profession": "Quelle est votre profession ?",
    "onboarding.ask.commune": "Dans quelle commune exercez-vous ?",
    "onboarding.ask.commune.typeIt": "Ou écrivez le nom de la commune.",
    "onboarding.retry.commune": "Je ne trouve pas cette commune parmi celles du réseau.",
    "onboarding.outside": "Hors territoire",
    "onboarding.thanks":
      "Merci ! L'équipe de coordination validera votre inscription ; en attendant, posez-moi vos questions (tapez **aide** pour voir ce que je sais faire).",
    "onboarding.team.new":
      "Nouveau contact : **{name}** ({profession}, {commune}), sur {channel}. Validez son inscription :",
    "onboarding.button.member": "Valider comme adhérent·e",
    "onboarding.button.volunteer": "Valider comme bénévole",
    "onboarding.approved.team": "Inscription de **{name}** validée ({roles}).",
    "onboarding.approved.member":
      "Bonne nouvelle : l'équipe de coordination a validé votre inscription au réseau ({roles}).",
    "onboarding.approved.already": "L'inscription de {name} était déjà validée.",
    "onboarding.approved.unknown": "Ce contact n'existe plus.",
    "onboarding.role.member": "adhérent·e",
    "onboarding.role.volunteer": "adhérent·e et bénévole",
    "onboarding.commune.none": "hors territoire",
    "onboarding.expired": "Ces questions ne sont plus en cours.",
  },
  en: {
    "onboarding.welcome":
      "Welcome! I am the health network's assistant. Two quick questions to help me point you the right way — you can also ask your question straight away.",
    "onboarding.ask.profession": "What is your profession?",
    "onboarding.ask.commune": "In which commune do you practise?",
    "onboarding.ask.commune.typeIt": "Or type the commune's name.",
    "onboarding.retry.commune": "I can't find this commune among the network's.",
    "onboarding.outside": "Outside the territory",
    "onboarding.thanks":
      "Thank you! The coordination team will confirm your registration; meanwhile, ask me anything (type **help** to see what I can do).",
    "onboarding.team.new":
      "New contact: **{name}** ({profession}, {commune}), on {channel}. Confirm their registration:",
    "onboarding.button.member": "Confirm as a member",
    "onboarding.button.volunteer": "Confirm as a volunteer",
    "onboarding.approved.team": "Registration of **{name}** confirmed ({roles}).",
    "onboarding.approved.member":
      "Good news: the coordination team confirmed your registration with the network ({roles}).",
    "onboarding.approved.already": "{name}'s registration was already confirmed.",
    "onboarding.approved.unknown": "This contact no longer exists.",
    "onboarding.role.member": "member",
    "onboarding.role.volunteer": "member and volunteer",
    "onboarding.commune.none": "outside the territory",
    "onboarding.expired": "These questions are no longer in progress.",
  },
};
