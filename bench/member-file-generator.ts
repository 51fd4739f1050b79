// A fictional member file of any size for the member benchmarks: invented names, example.org e-mails,
// phone numbers in the 01 99 00 range reserved for fiction, every profession, role and commune.

const FIRST = ["Claire", "Inès", "Hélène", "Sophie", "Julie", "Marc", "Nadia", "Paul", "Anne", "Karim", "Lucie"]
  .concat(["Jeanne", "Thomas", "Amélie", "Samira", "David", "François", "Laure", "Olivier", "Hugo", "Sarah"])
  .concat(["Julien", "Isabelle", "Pierre", "Émilie", "Antoine", "Camille", "Manon", "Nicolas", "Chloé", "Yasmine"]);
const LAST = ["Martin", "Garnier", "Roussel", "Lambert", "Moreau", "Lefèvre", "Benali", "Girard", "Dubois", "Haddad"]
  .concat(["Fontaine", "Perrin", "Renard", "Chevalier", "Khelifi", "Morel", "Bernard", "Petit", "Simon", "Roux"])
  .concat(["Marchand", "Cohen", "Mercier", "Blanc", "Gauthier", "Robin", "Henry", "Lucas", "Faure", "André"]);
const PROFESSIONS = ["MG", "médecin spécialiste", "IDE", "infirmière", "pharmacien", "kiné", "psychologue"]
  .concat(["assistante sociale", "sage-femme", "diététicienne", "aide-soignante", "coordination", "administratif"])
  .concat(["autre"]);
const COMMUNES = ["Vitry", "Ivry", "Villejuif", "KB", "Gentilly", "Arcueil", "Cachan", "L'Haÿ-les-Roses"].concat([
  "Fresnes",
  "Chevilly-Larue",
  "Thiais",
  "Orly",
  "Choisy-le-Roi",
  "Rungis",
  "Villeneuve-le-Roi",
  "Ablon",
]);
const SKILLS = ["soins palliatifs", "douleur", "gériatrie", "éducation thérapeutique", "formation", "rédaction"];
const MOTIVATIONS = ["formation des pairs", "recherche clinique", "évaluation", "groupes de travail", "communication"];
const BOARD = ["président", "vice-président", "trésorier", "secrétaire général", "membre du bureau"];

/** A small deterministic generator (mulberry32): the same file at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedMember {
  key: string;
  name: string;
  email: string;
  phone: string;
  profession: string;
  roles: string[];
  mandateEnds?: string;
  communes: string[];
  skills: string[];
  motivations: string[];
  availability: string[];
}

/** `count` members (at most 10,000: one fiction phone number each). */
export function generateMembers(count: number, seed = 94): GeneratedMember[] {
  if (count > 10_000) throw new Error("The 01 99 00 range holds 10,000 numbers: at most 10,000 members.");
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], most: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => pick(list))),
  ];
  return Array.from({ length: count }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const volunteer = next() < 0.3;
    // One director, twelve board positions, eight coordinators, then members, a third of them volunteers.
    const board = i >= 1 && i <= 12 ? BOARD[i % BOARD.length]! : undefined;
    const roles =
      i === 0
        ? ["directrice"]
        : i > 12 && i <= 20
          ? ["coordination"]
          : ["membre", ...(volunteer ? ["sympathisant"] : []), ...(board ? [board] : [])];
    const slug = `${first}-${last}`
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    return {
      key: `${slug}-${i + 1}`,
      name: `${first} ${last}`,
      email: `${slug.replace("-", ".")}.${i + 1}@example.org`,
      phone: `01 99 00 ${String(Math.floor(i / 100)).padStart(2, "0")} ${String(i % 100).padStart(2, "0")}`,
      profession: pick(PROFESSIONS),
      roles,
      ...(board ? { mandateEnds: "2028-06-30" } : {}),
      communes: some(COMMUNES, 2),
      skills: volunteer ? some(SKILLS, 3) : [],
      motivations: volunteer ? some(MOTIVATIONS, 2) : [],
      availability: volunteer ? ["soirées en semaine"] : [],
    };
  });
}

const quote = (value: string) => JSON.stringify(value);

/** The members as a YAML member file (content/members.yaml's format). */
export function memberYaml(members: readonly GeneratedMember[]): string {
  const lines = ["# Fictional members generated for a benchmark (bench/member-file-generator.ts).", "members:"];
  for (const m of members) {
    lines.push(`  - key: ${m.key}`, `    name: ${quote(m.name)}`, `    email: ${m.email}`, `    phone: ${m.phone}`);
    lines.push(`    profession: ${quote(m.profession)}`, `    roles: [${m.roles.map(quote).join(", ")}]`);
    if (m.mandateEnds) lines.push(`    mandateEnds: ${m.mandateEnds}`);
    lines.push(`    communes: [${m.communes.map(quote).join(", ")}]`);
    if (m.skills.length) lines.push(`    skills: [${m.skills.map(quote).join(", ")}]`);
    if (m.motivations.length) lines.push(`    motivations: [${m.motivations.map(quote).join(", ")}]`);
    if (m.availability.length) lines.push(`    availability: [${m.availability.map(quote).join(", ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** The members as a CSV export (`;` between cells, `|` between the values of a list). */
export function memberCsv(members: readonly GeneratedMember[]): string {
  const header = "key;name;email;phone;profession;roles;mandateEnds;communes;skills;motivations;availability";
  const rows = members.map((m) =>
    [m.key, m.name, m.email, m.phone, m.profession, m.roles.join("|"), m.mandateEnds ?? ""]
      .concat([m.communes.join("|"), m.skills.join("|"), m.motivations.join("|"), m.availability.join("|")])
      .join(";"),
  );
  return `${[header, ...rows].join("\n")}\n`;
}
