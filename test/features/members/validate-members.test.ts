import { beforeAll, describe, expect, it } from "vitest";
import {
  type MemberFileContext,
  memberFile,
  validateMembers,
} from "../../../src/features/members/member-file/index.ts";
import { formatProblem } from "../../../src/util/row-file/row-file.ts";
import {
  loadMemberContext,
  type MemberRow,
  memberRow,
  renderMembersCsv,
  renderMembersYaml,
} from "./member-fixtures.ts";

let context: MemberFileContext;
beforeAll(async () => {
  context = await loadMemberContext();
});

const validateYaml = (source: string) => validateMembers(memberFile.parse(source, "membres.yaml", "yaml"), context);
const validateCsv = (source: string) => validateMembers(memberFile.parse(source, "membres.csv", "csv"), context);

/** One kind of bad value each: [what, the bad row's overrides, code, field, words of the reason]. */
const BAD_ROWS: [string, MemberRow, string, string | undefined, string][] = [
  [
    "an unknown profession, with the closest ones",
    { profession: "infirmiere liberal" },
    "unknown_profession",
    "profession",
    'unknown profession "infirmiere liberal" (closest: nurse (infirmier·e)',
  ],
  [
    "a misspelt role",
    { roles: "membre; tresorire" },
    "unknown_role",
    "roles",
    "(closest: board_treasurer (trésorier·ère)",
  ],
  ["a role far from any", { roles: "astronaute" }, "unknown_role", "roles", "(valid: member, volunteer, coordinator,"],
  ["no role", { roles: " ; " }, "missing_field", "roles", "is required"],
  [
    "a board position without the end of its mandate",
    { roles: "membre; trésorière" },
    "missing_mandate",
    "mandateEnds",
    "is required with a board position",
  ],
  [
    "a malformed mandate date",
    { roles: "VP", mandateEnds: "juin 2028" },
    "malformed_date",
    "mandateEnds",
    "is not a date",
  ],
  ["an unknown commune", { communes: "Vitry; Gotham" }, "unknown_commune", "communes", 'unknown commune "Gotham"'],
  [
    "a misspelt skill",
    { skills: "soins paliatifs" },
    "unknown_skill",
    "skills",
    "(closest: soins_palliatifs (soins palliatifs)",
  ],
  [
    "an unknown motivation",
    { motivations: "jardinage" },
    "unknown_motivation",
    "motivations",
    'unknown motivation "jardinage"',
  ],
  [
    "an unknown availability",
    { availability: "nuit" },
    "unknown_availability",
    "availability",
    "(valid: weekday_evening",
  ],
  ["malformed quiet hours", { quietHours: "21:00" }, "malformed_quiet_hours", "quietHours", "write it 21:00-08:00"],
  ["an unknown language", { language: "de" }, "unknown_language", "language", 'unknown language "de" (fr, en)'],
  ["an unknown channel", { channel: "teams" }, "unknown_channel", "channel", "(console, slack, discord)"],
  ["a malformed e-mail", { email: "marie.example.org" }, "malformed_email", "email", "is not an e-mail address"],
  ["a malformed phone", { phone: "01 99" }, "malformed_phone", "phone", "is not a French phone number"],
  ["a malformed key", { key: "Marie Test" }, "malformed_key", "key", "must be lower-case letters and digits"],
  ["a missing name", { name: "" }, "missing_field", "name", "is required"],
  ["a missing profession", { profession: "" }, "missing_field", "profession", "is required"],
  [
    "values separated by commas",
    { skills: "douleur, formation" },
    "unknown_skill",
    "skills",
    "separate values with ; or |",
  ],
];

describe.each([
  ["YAML", "membres.yaml"],
  ["CSV", "membres.csv"],
])("validating a %s member file", (format, file) => {
  function check(bad: MemberRow, field: string | undefined) {
    const rows = [memberRow({ key: "ok", email: "ok@example.org" }), memberRow(bad)];
    if (format === "YAML") {
      const yaml = renderMembersYaml(rows);
      return { result: validateYaml(yaml.source), line: field ? (yaml.lines[1]![field] ?? 0) : 0 };
    }
    return { result: validateCsv(renderMembersCsv(rows)), line: 3 };
  }

  it.each(BAD_ROWS)("reports %s with file, line, key and reason", (_what, bad, code, field, reason) => {
    const { result, line } = check(bad, field);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code, file, ...(field ? { field } : {}) });
    if (line) expect(problem!.line).toBe(line);
    expect(problem!.message).toContain(reason);
    expect(result.entries.map((e) => e.key)).toEqual(["ok"]);
  });

  it("reports an e-mail written on two rows, naming the first, even when that row has other problems", () => {
    const rows = [memberRow({ key: "a", profession: "astronaute" }), memberRow({ key: "b" })];
    const result =
      format === "YAML" ? validateYaml(renderMembersYaml(rows).source) : validateCsv(renderMembersCsv(rows));
    expect(result.problems.map((p) => p.code).sort()).toEqual(["duplicate_email", "unknown_profession"]);
    expect(result.problems.find((p) => p.code === "duplicate_email")).toMatchObject({
      key: "b",
      field: "email",
      message: `"marie.test@example.org" is already the e-mail of a at line ${format === "YAML" ? 3 : 2}`,
    });
  });
});

describe("normalising valid members", () => {
  it("reads professions, roles and vocabulary in French, English or abbreviated, and stores their keys", () => {
    const source = renderMembersCsv(
      [
        memberRow({
          email: "Marie.Test@Example.org",
          phone: "+33 1 99 00 90 01",
          profession: "IDE",
          roles: "adhérente | Secrétaire Générale",
          mandateEnds: "30/06/2028",
          communes: "KB | 94081|vitry",
          skills: "ETP; palliative care",
          motivations: "transmettre",
          availability: "week-end; soirées",
          quietHours: "21h-8h",
          language: "English",
          channel: "Slack",
        }),
      ],
      ";",
    );
    const { problems, entries } = validateCsv(source);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      email: "marie.test@example.org",
      phone: "01 99 00 90 01",
      profession: "nurse",
      roles: ["board_secretary", "member"],
      mandateEndsAt: new Date("2028-06-30T00:00:00Z"),
      communeCodes: ["94043", "94081"],
      skills: ["education_therapeutique", "soins_palliatifs"],
      motivations: ["formation_des_pairs"],
      availability: ["weekday_evening", "weekend"],
      quietHours: { start: "21:00", end: "08:00" },
      locale: "en",
      channel: "slack",
    });
  });

  it.each([
    ["MG", "general_practitioner"],
    ["médecin généraliste", "general_practitioner"],
    ["GP", "general_practitioner"],
    ["infirmière", "nurse"],
    ["IDEL", "nurse"],
    ["pharmacien", "pharmacist"],
    ["Pharmacienne", "pharmacist"],
    ["kiné", "physiotherapist"],
    ["aide-soignante", "care_assistant"],
    ["social_worker", "social_worker"],
  ])("reads the profession %s as %s", (written, key) => {
    const { problems, entries } = validateYaml(renderMembersYaml([memberRow({ profession: written })]).source);
    expect(problems).toEqual([]);
    expect(entries[0]!.profession).toBe(key);
  });

  it("leaves out of the entry the optional fields a row does not write, and clears those written empty", () => {
    const { skills: _skills, ...withoutSkills } = memberRow();
    const { entries } = validateYaml(renderMembersYaml([{ ...withoutSkills, quietHours: "", language: "" }]).source);
    expect(entries[0]).toMatchObject({ skills: undefined, quietHours: null, locale: null, phone: "01 99 00 90 01" });
  });

  it("warns of a mandate already over, and of a mandate date without a board position, without refusing them", () => {
    const source = renderMembersYaml([
      memberRow({ key: "a", email: "a@example.org", roles: "présidente", mandateEnds: "2026-06-30" }),
      memberRow({ key: "b", email: "b@example.org", roles: "membre", mandateEnds: "2028-06-30" }),
    ]);
    const { problems, warnings, entries } = validateYaml(source.source);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.key, e.mandateEndsAt])).toEqual([
      ["a", new Date("2026-06-30T00:00:00Z")],
      ["b", null],
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      `membres.yaml:${source.lines[0]!.mandateEnds} (a) mandateEnds: the mandate ended on 2026-06-30: renew it (a later date) or remove the board position`,
      `membres.yaml:${source.lines[1]!.mandateEnds} (b) mandateEnds: ignored: the member holds no board position`,
    ]);
  });
});

describe("the shape of a member file", () => {
  it("names the closest field for a misspelt one, and accepts spreadsheet-style column names", () => {
    const csv = "Key;Name;E-mail;Profession;Roles;Mandate ends;telephone\nm;M;m@example.org;MG;membre;;0199009001\n";
    expect(validateCsv(csv).problems.map(formatProblem)).toEqual([
      'membres.csv:1: unknown column "telephone" (did you mean phone?)',
    ]);
  });

  it("refuses a file that lists no member, which would otherwise report everyone missing", () => {
    expect(validateYaml("members: []\n").problems.map(formatProblem)).toEqual(["membres.yaml:1: lists no member"]);
    expect(validateYaml("resources: []\n").problems.map(formatProblem)).toEqual([
      "membres.yaml:1: the file must hold a `members:` list of members",
    ]);
  });
});
