import type { Profession, Role } from "../generated/prisma/enums.ts";

/** Workspace id of console identities. */
export const CONSOLE_WORKSPACE = "local";

export interface Persona {
  /** What `/as <key>` and `--as <key>` take; also the console identity's user id. */
  key: string;
  label: { fr: string; en: string };
  displayName: string;
  profession: Profession;
  roles: Role[];
  communes: string[];
  email: string;
  phone: string;
  quietHours?: { start: string; end: string };
  tags?: { kind: "skill" | "interest" | "motivation"; value: string }[];
}

/**
 * The fictional people of the demo network, one per role, so a newcomer can try every job of the
 * bot from the terminal. Names are invented; e-mails use example.org and phone numbers the
 * 01 99 00 range that the French regulator (Arcep) reserves for fiction.
 */
export const PERSONAS: readonly Persona[] = [
  {
    key: "gp",
    label: { fr: "médecin généraliste à Vitry", en: "GP in Vitry" },
    displayName: "Dr Claire Martin",
    profession: "general_practitioner",
    roles: ["member"],
    communes: ["94081"],
    email: "claire.martin@example.org",
    phone: "01 99 00 11 01",
  },
  {
    key: "volunteer",
    label: { fr: "infirmière libérale sympathisante", en: "volunteer community nurse" },
    displayName: "Inès Garnier",
    profession: "nurse",
    roles: ["member", "volunteer"],
    communes: ["94041", "94043"],
    email: "ines.garnier@example.org",
    phone: "01 99 00 11 02",
    quietHours: { start: "21:00", end: "08:00" },
    tags: [
      { kind: "skill", value: "soins palliatifs" },
      { kind: "skill", value: "formation" },
      { kind: "interest", value: "education therapeutique" },
      { kind: "motivation", value: "transmettre" },
    ],
  },
  {
    key: "board",
    label: { fr: "présidente de l'association", en: "chair of the association" },
    displayName: "Dr Hélène Roussel",
    profession: "specialist",
    roles: ["member", "board_president"],
    communes: ["94076"],
    email: "helene.roussel@example.org",
    phone: "01 99 00 11 03",
  },
  {
    key: "director",
    label: { fr: "directrice du réseau", en: "director of the network" },
    displayName: "Sophie Lambert",
    profession: "administrative",
    roles: ["director"],
    communes: [],
    email: "sophie.lambert@example.org",
    phone: "01 99 00 11 04",
  },
  {
    key: "coordinator",
    label: { fr: "infirmière coordinatrice", en: "nurse coordinator" },
    displayName: "Julie Moreau",
    profession: "coordinator",
    roles: ["coordinator"],
    communes: [],
    email: "julie.moreau@example.org",
    phone: "01 99 00 11 05",
  },
];

export const findPersona = (key: string): Persona | undefined =>
  PERSONAS.find((p) => p.key === key.trim().toLowerCase());
