import { type Feature, onAction, onForm } from "../../core/feature.ts";
import { ephemeral, reply, withButtons } from "../../core/reply.ts";
import {
  addValue,
  chooseHours,
  chooseLanguage,
  chooseQuietHours,
  motivationNoteForm,
  openSection,
  quietHoursForm,
  showProfile,
  toggleValue,
} from "./actions.ts";
import {
  addSuggested,
  chooseHoursPerMonth,
  chooseLocale,
  chooseQuiet,
  showCard,
  showSection,
  submitMotivationNote,
  submitQuietHours,
  toggle,
} from "./clicks.ts";
import { profileMessages } from "./messages.ts";
import { ownProfile } from "./own-profile.ts";
import { profileCard, sectionButtons } from "./profile-card.ts";
import { readerFor } from "./read-request.ts";
import { profileSettings } from "./settings.ts";
import { updateFromText } from "./update-from-text.ts";

/**
 * Members complete and change their own profile — skills, motivations, availability, quiet hours,
 * language, professional phone, communes — with `/profil` and its buttons or in a sentence
 * (« je suis dispo le week-end », « pas de message avant 9h »). Volunteer missions read it.
 */
export const profileFeature: Feature = {
  name: "profile",
  messages: profileMessages,
  settings: profileSettings,
  provides: {
    profileInvite: (t) => [
      withButtons(reply(t("profile.invite")), ...sectionButtons(t).slice(0, 3), {
        label: t("profile.button.show"),
        actionId: showProfile.id(),
        style: "primary",
      }),
    ],
  },
  intents: {
    "profile.update": {
      run: (ctx) => updateFromText(ctx, readerFor(ctx.services.memberVocabulary)),
    },
  },
  commands: [
    {
      name: "profil",
      aliases: ["profile"],
      description: "profile.command.profile",
      run: async (ctx) => {
        const profile = await ownProfile(ctx);
        return profile ? profileCard(ctx, profile) : ephemeral(reply(ctx.t("profile.gone")));
      },
    },
  ],
  actions: [
    onAction(showProfile, (ctx) => showCard(ctx)),
    onAction(openSection, (ctx, { section, page }) => showSection(ctx, section, page)),
    onAction(toggleValue, (ctx, args) => toggle(ctx, args)),
    onAction(addValue, (ctx, args) => addSuggested(ctx, args)),
    onAction(chooseQuietHours, (ctx, token) => chooseQuiet(ctx, token)),
    onAction(chooseHours, (ctx, token) => chooseHoursPerMonth(ctx, token)),
    onAction(chooseLanguage, (ctx, token) => chooseLocale(ctx, token)),
  ],
  forms: [
    onForm(quietHoursForm, (ctx, _args, values) => submitQuietHours(ctx, values)),
    onForm(motivationNoteForm, (ctx, _args, values) => submitMotivationNote(ctx, values)),
  ],
  help: [{ key: "profile.help" }],
};
