import type { Catalogue } from "../../core/i18n.ts";

export const clinicalMessages: Catalogue = {
  fr: {
    "clinical.refusal":
      "Je ne donne pas d'avis médical : ni dose, ni prescription, ni interaction, ni conduite à tenir. Pour cette question, l'interlocuteur expert est l'équipe ci-dessous.",
    "clinical.refusal.noCommune":
      "Je ne donne pas d'avis médical : ni dose, ni prescription, ni interaction, ni conduite à tenir. Je vous donne l'équipe experte du secteur du patient.",
    "clinical.emergency": "En cas d'urgence vitale, appelez le **15**.",
  },
  en: {
    "clinical.refusal":
      "I don't give medical advice: no doses, prescriptions, interactions or treatment decisions. For this question, the expert to call is the team below.",
    "clinical.refusal.noCommune":
      "I don't give medical advice: no doses, prescriptions, interactions or treatment decisions. I'll give you the expert team of the patient's area.",
    "clinical.emergency": "For a life-threatening emergency, call **15**.",
  },
};
