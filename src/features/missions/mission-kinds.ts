// The kinds of mission the founders named (training peers, clinical research, evaluation, working
// groups, communication, representing the network), how each is written, and the motivation it speaks to.
import type { MissionKind } from "../../core/persistence.ts";
import { FormIndex } from "../../util/row-file/form-index.ts";
import { missionsMessages } from "./messages.ts";

/** Every kind, in the order forms and summaries show them. */
export const MISSION_KINDS = [
  "training",
  "clinical_research",
  "evaluation",
  "working_group",
  "communication",
  "representation",
  "other",
] as const satisfies readonly MissionKind[];

/** Other ways a data file writes a kind, besides its key and its French and English labels. */
const SYNONYMS: Record<MissionKind, string[]> = {
  training: ["formation des pairs", "enseignement", "teaching"],
  clinical_research: ["recherche", "research", "étude clinique"],
  evaluation: ["EPP", "audit", "évaluation des pratiques"],
  working_group: ["groupe de travail", "commission", "working group"],
  communication: ["com", "réseaux sociaux"],
  representation: ["représentation", "représenter le réseau", "representation"],
  other: ["autre"],
};

/** Kinds read however a file writes them: key, French or English label, or a synonym. */
export const missionKindIndex = new FormIndex<MissionKind>(
  MISSION_KINDS.map((kind) => ({
    value: kind,
    forms: [
      kind,
      missionsMessages.fr[`missions.kind.${kind}`]!,
      missionsMessages.en[`missions.kind.${kind}`]!,
      ...SYNONYMS[kind],
    ],
  })),
);

/**
 * The motivation of content/member-vocabulary.yaml a kind of mission speaks to, so that a volunteer
 * who wants to train peers is matched with training missions without the coordinator tagging each.
 */
export const KIND_MOTIVATION: Partial<Record<MissionKind, string>> = {
  training: "formation_des_pairs",
  clinical_research: "recherche_clinique",
  evaluation: "evaluation",
  working_group: "groupes_de_travail",
  communication: "communication",
  representation: "representation",
};
