import type { Localized } from "../core/locale.ts";
import { memberFile } from "../features/members/member-file/index.ts";
import { DEMO_MEMBERS_FILE } from "../paths.ts";

/** Workspace id of console identities. */
export const CONSOLE_WORKSPACE = "local";

/** A demo persona: who `/as <key>` speaks as in the terminal, and their entry in the demo member file. */
export interface Persona {
  /** What `/as <key>` and `--as <key>` take; also the console identity's user id. */
  key: string;
  /** Their key in content/members.yaml, where everything else about them is; none for a newcomer. */
  memberKey?: string;
  label: Localized;
  /** Their name in the demo member file. */
  displayName: string;
}

/**
 * The fictional people of the demo network, one per job of the bot, so a newcomer can try each from
 * the terminal. Who they are (name, e-mail, phone, profession, roles, communes, skills) is written once,
 * in content/members.yaml, which the demo seed imports; here are only the keys and what they stand for.
 */
const PERSONAS: readonly (Omit<Persona, "displayName"> & { memberKey: string })[] = [
  { key: "gp", memberKey: "claire-martin", label: { fr: "médecin généraliste à Vitry", en: "GP in Vitry" } },
  {
    key: "volunteer",
    memberKey: "ines-garnier",
    label: { fr: "infirmière libérale sympathisante", en: "volunteer community nurse" },
  },
  {
    key: "board",
    memberKey: "helene-roussel",
    label: { fr: "présidente de l'association", en: "chair of the association" },
  },
  {
    key: "director",
    memberKey: "sophie-lambert",
    label: { fr: "directrice du réseau", en: "director of the network" },
  },
  { key: "coordinator", memberKey: "julie-moreau", label: { fr: "infirmière coordinatrice", en: "nurse coordinator" } },
];

/** The personas' keys in content/members.yaml, for the demo seed that gives them their console identities. */
export const PERSONA_MEMBER_KEYS: readonly { key: string; memberKey: string }[] = PERSONAS;

/** The personas, named as the demo member file names them (by their key when it no longer lists them). */
export async function loadPersonas(file = DEMO_MEMBERS_FILE): Promise<Persona[]> {
  const { rows } = await memberFile.read(file);
  const nameOf = new Map(rows.map((row) => [row.fields.get("key")?.value, row.fields.get("name")?.value]));
  return PERSONAS.map((persona) => {
    const name = nameOf.get(persona.memberKey);
    return { ...persona, displayName: typeof name === "string" ? name.trim() : persona.key };
  });
}

export const findPersona = (personas: readonly Persona[], key: string): Persona | undefined =>
  personas.find((p) => p.key === key.trim().toLowerCase());

/** What `/as` takes for someone the bot has never met: a new guest each time, to try the welcome. */
const NEWCOMER_WORDS = new Set(["nouveau", "nouvelle", "newcomer", "guest", "invite", "invité"]);

export const isNewcomerWord = (key: string): boolean => NEWCOMER_WORDS.has(key.trim().toLowerCase());

/** A persona the bot does not know yet (`nouveau-<suffix>`): its first message is a first contact. */
export const newcomerPersona = (suffix: string): Persona => ({
  key: `nouveau-${suffix}`,
  label: { fr: "nouvelle personne, inconnue du bot", en: "newcomer, unknown to the bot" },
  displayName: `nouveau-${suffix}`,
});
