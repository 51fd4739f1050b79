import { beforeAll, describe, expect, it } from "vitest";
import {
  type DirectoryContext,
  type DirectoryProblemCode,
  formatProblem,
  parseDirectory,
  validateDirectory,
} from "../../../../src/features/orientation/directory/index.ts";
import { loadContext, type Row, renderCsv, renderYaml, row } from "./directory-fixtures.ts";

let context: DirectoryContext;
beforeAll(async () => {
  context = await loadContext();
});

const validateYaml = (source: string) => validateDirectory(parseDirectory(source, "annuaire.yaml", "yaml"), context);
const validateCsv = (source: string) => validateDirectory(parseDirectory(source, "annuaire.csv", "csv"), context);

/** One kind of bad value each: [what, the bad row's overrides, code, field, words of the reason]. */
const BAD_ROWS: [string, Row, DirectoryProblemCode, string | undefined, string][] = [
  [
    "an unknown type, with the closest valid ones",
    { type: "SSIAD domicile" },
    "unknown_type",
    "type",
    'unknown type "SSIAD domicile" (closest: ssiad',
  ],
  ["a misspelt type", { type: "hopital_du_jour" }, "unknown_type", "type", "(closest: hopital_de_jour"],
  ["a type far from any", { type: "pharmacie" }, "unknown_type", "type", "(valid types: had, emsp, clic, dac, ssiad, "],
  [
    "an unknown commune, with the closest names",
    { communes: "Vitry-sur-Seine; Paris 13e" },
    "unknown_commune",
    "communes",
    'unknown commune "Paris 13e"',
  ],
  ["a misspelt commune", { communes: "Vitri sur Sene" }, "unknown_commune", "communes", "(closest: Vitry-sur-Seine, "],
  [
    "a commune far from any",
    { communes: "Gotham" },
    "unknown_commune",
    "communes",
    '"Gotham" (not a commune of intents/entities/communes.yaml)',
  ],
  [
    "communes separated by commas",
    { communes: "Vitry, Ivry" },
    "unknown_commune",
    "communes",
    "separate communes with ; or |",
  ],
  ["all among other communes", { communes: "all; Vitry" }, "malformed_communes", "communes", '"all" stands alone'],
  ["no commune", { communes: " ; " }, "missing_field", "communes", "is required"],
  [
    "a short phone number",
    { phone: "01 99 00 12" },
    "malformed_phone",
    "phone",
    '"01 99 00 12" is not a French phone number',
  ],
  ["a malformed e-mail", { email: "ssiad.example.org" }, "malformed_email", "email", "is not an e-mail address"],
  ["a malformed website", { website: "htp:/example" }, "malformed_url", "website", "is not a web address"],
  ["a malformed date", { lastChecked: "31/11/2026" }, "malformed_date", "lastChecked", '"31/11/2026" is not a date'],
  [
    "a date in the future",
    { lastChecked: "2027-01-01" },
    "future_date",
    "lastChecked",
    "2027-01-01 is in the future (today is 2026-11-23)",
  ],
  ["a missing name", { name: "" }, "missing_field", "name", "is required"],
  ["a missing description", { description: "  " }, "missing_field", "description", "is required"],
  ["a malformed key", { key: "SSIAD Test" }, "malformed_key", "key", "must be lower-case letters and digits"],
  [
    "no way to reach the resource",
    { phone: "", email: "" },
    "no_contact",
    undefined,
    "give at least a phone, an e-mail or a website",
  ],
  ["a name too long", { name: "x".repeat(121) }, "too_long", "name", "has 121 characters, at most 120"],
];

describe.each([
  ["YAML", "annuaire.yaml"],
  ["CSV", "annuaire.csv"],
])("validating a %s directory", (format, file) => {
  /** The problems of a file whose second row is `bad`, and the line where that row (or field) is. */
  function check(bad: Row, field: string | undefined) {
    const rows = [row({ key: "ssiad-ok" }), row(bad)];
    if (format === "YAML") {
      const yaml = renderYaml(rows);
      return { result: validateYaml(yaml.source), line: field ? yaml.lines[1]![field]! : yaml.starts[1]! };
    }
    return { result: validateCsv(renderCsv(rows)), line: 3 };
  }

  it.each(BAD_ROWS)("reports %s with file, line and reason", (_what, bad, code, field, reason) => {
    const { result, line } = check(bad, field);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ code, file, line, ...(field ? { field } : {}) });
    expect(problem!.message).toContain(reason);
    expect(result.entries.map((e) => e.key)).toEqual(["ssiad-ok"]);
  });

  it("reports a key used twice at its second row, naming the first", () => {
    const { result, line } = check({ key: "ssiad-ok" }, "key");
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: "duplicate_key",
        file,
        line,
        key: "ssiad-ok",
        message: expect.stringContaining(`line ${format === "YAML" ? 3 : 2}`),
      }),
    ]);
  });

  it("reports every problem of a row, not only the first", () => {
    const { result } = check({ type: "hospice", phone: "12", lastChecked: "demain" }, undefined);
    expect(result.problems.map((p) => p.code).sort()).toEqual(["malformed_date", "malformed_phone", "unknown_type"]);
  });

  it("reports a missing required field", () => {
    const rows = [row(), { ...row({ key: "no-type" }), type: "" }];
    const source = format === "YAML" ? renderYaml(rows).source : renderCsv(rows);
    const result = format === "YAML" ? validateYaml(source) : validateCsv(source);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "missing_field", field: "type", key: "no-type" }),
    ]);
  });
});

describe("normalising valid entries", () => {
  it("stores the type key, the communes' INSEE codes and the phone in its display format", () => {
    const source = renderCsv(
      [row({ type: "Hospitalisation à domicile", communes: "KB | 94081|vitry", phone: "+33 1 99 00 12 34" })],
      ";",
    );
    const { problems, entries } = validateCsv(source);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      type: "had",
      communeCodes: ["94043", "94081"],
      territoryWide: false,
      phone: "01 99 00 12 34",
      lastCheckedAt: new Date("2026-10-01T00:00:00Z"),
      line: 2,
    });
  });

  it.each([
    ["the key", "hopital_de_jour", "hopital_de_jour"],
    ["an acronym in any case", "emsp", "emsp"],
    ["a capitals-only acronym", "DAC", "dac"],
    ["the French label", "Assistant(e) social(e)", "assistant_social"],
    ["the English label", "Pain clinic", "douleur"],
    ["a synonym", "plateforme de répit", "repit"],
  ])("accepts a type written as %s", (_how, written, key) => {
    const { problems, entries } = validateYaml(renderYaml([row({ type: written })]).source);
    expect(problems).toEqual([]);
    expect(entries[0]!.type).toBe(key);
  });

  it("expands `all` to every commune of the territory", () => {
    const { entries } = validateYaml(renderYaml([row({ communes: "all" })]).source);
    expect(entries[0]!.territoryWide).toBe(true);
    expect(entries[0]!.communeCodes).toHaveLength(context.territory.communes.length);
  });

  it("reads a YAML list of communes and an unquoted phone number without losing its leading zero", () => {
    const source = [
      "resources:",
      "  - key: a",
      "    type: had",
      "    name: A",
      "    description: D",
      "    communes: [Orly, L'Hay-les-Roses, 94001]",
      "    phone: 0199001234",
      "    lastChecked: 2026-11-01",
    ].join("\n");
    const { problems, entries } = validateYaml(source);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ communeCodes: ["94001", "94038", "94054"], phone: "01 99 00 12 34" });
  });

  it("follows a YAML alias, so a list of communes can be written once and reused", () => {
    const resource = (key: string, communes: string) => [
      `  - key: ${key}`,
      "    type: clic",
      `    name: ${key}`,
      "    description: D",
      `    communes: ${communes}`,
      "    email: a@example.org",
      "    lastChecked: 2026-11-01",
    ];
    const source = ["resources:", ...resource("a", "&nord [Ivry, KB]"), ...resource("b", "*nord")].join("\n");
    const { problems, entries } = validateYaml(source);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.communeCodes)).toEqual([
      ["94041", "94043"],
      ["94041", "94043"],
    ]);
  });

  it("warns about an entry not checked for more than a year, without refusing it", () => {
    const { problems, warnings, entries } = validateYaml(renderYaml([row({ lastChecked: "2025-11-01" })]).source);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(warnings).toEqual([expect.objectContaining({ code: "stale_check", key: "ssiad-test", line: 10 })]);
  });
});

describe("the shape of a YAML file", () => {
  it("reports a syntax error with its line, and a hint for French colons", () => {
    const source = "resources:\n  - key: a\n    description: Soins : toilette\n";
    const { problems } = validateYaml(source);
    expect(problems[0]).toMatchObject({ code: "syntax", line: 3, message: expect.stringContaining("must be quoted") });
  });

  it("reports an unknown field with the closest one", () => {
    const source = renderYaml([{ ...row(), telephone: "01 99 00 12 34" }]).source;
    expect(validateYaml(source).problems).toEqual([
      expect.objectContaining({
        code: "unknown_field",
        line: 11,
        message: 'unknown field "telephone" (did you mean phone?)',
      }),
    ]);
  });

  it("accepts field names written with another case or separators", () => {
    const { lastChecked: _written, ...others } = row();
    const { problems, entries } = validateYaml(
      renderYaml([{ ...others, how_to_refer: "Appel direct", "Last checked": "2026-11-01" }]).source,
    );
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ howToRefer: "Appel direct", lastCheckedAt: new Date("2026-11-01T00:00:00Z") });
  });

  it.each([
    ["no resources list", "communes: []\n"],
    ["resources as a map", "resources:\n  a: 1\n"],
    ["an empty file", ""],
    ["an empty list, which would deactivate every resource", "resources: []\n"],
  ])("reports %s", (_what, source) => {
    expect(validateYaml(source).problems).toEqual([expect.objectContaining({ code: "structure", line: 1 })]);
  });

  it("reports a field written twice under two spellings", () => {
    const source = renderYaml([{ ...row(), "last-checked": "2026-11-01" }]).source;
    expect(validateYaml(source).problems).toEqual([
      expect.objectContaining({
        code: "structure",
        field: "lastChecked",
        line: 11,
        message: '"last-checked" is a second lastChecked field',
      }),
    ]);
  });

  it("refuses a list where text is expected", () => {
    const source = [
      "resources:",
      "  - key: a",
      "    type: had",
      "    name: [A, B]",
      "    description: D",
      "    communes: all",
      "    email: a@example.org",
      "    lastChecked: 2026-11-01",
    ].join("\n");
    expect(validateYaml(source).problems).toEqual([
      expect.objectContaining({ code: "not_text", field: "name", line: 4 }),
    ]);
  });
});

describe("the shape of a CSV file", () => {
  it("reports a CSV file with a header and no resource", () => {
    expect(validateCsv(renderCsv([row()]).split("\n")[0]!).problems).toEqual([
      expect.objectContaining({ code: "structure", line: 1, message: "lists no resource" }),
    ]);
  });
  it.each([",", ";", "\t"])("detects the delimiter %j from the header", (delimiter) => {
    const { problems, entries } = validateCsv(renderCsv([row(), row({ key: "b" })], delimiter));
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.communeCodes)).toEqual([
      ["94041", "94081"],
      ["94041", "94081"],
    ]);
  });

  it("skips a byte order mark, comments and empty rows, and keeps the line of each row", () => {
    const csv = renderCsv([row(), row({ key: "b", phone: "nope" })]).split("\n");
    const source = `\uFEFF# annuaire\n${csv[0]}\n\n${csv[1]}\n,,,,,,,\n${csv[2]}\n`;
    expect(validateCsv(source).problems).toEqual([
      expect.objectContaining({ code: "malformed_phone", line: 6, key: "b" }),
    ]);
  });

  it("reads a quoted value spanning lines, and reports the next row at its first line", () => {
    const source = renderCsv([row({ description: "Soins,\ntoilette" }), row({ key: "b", email: "x" })]);
    const result = validateCsv(source);
    expect(result.entries[0]!.description).toBe("Soins,\ntoilette");
    expect(result.problems).toEqual([expect.objectContaining({ code: "malformed_email", line: 4 })]);
  });

  it("reports a row whose cells do not match the header", () => {
    const source = `${renderCsv([row()])}b,ssiad,B,D,Vitry,Ivry,01 99 00 12 34,b@example.org,2026-11-01\n`;
    expect(validateCsv(source).problems).toEqual([
      expect.objectContaining({
        code: "column_count",
        line: 3,
        message: expect.stringContaining("has 9 cells where the header has 8"),
      }),
    ]);
  });

  it("reports an unknown column, and a missing required column once at the header", () => {
    const source = "key,kind,name,description,communes,email,lastChecked\na,had,A,D,Vitry,a@example.org,2026-11-01\n";
    expect(validateCsv(source).problems.map(formatProblem)).toEqual([
      "annuaire.csv:1 type: the header has no type column",
      'annuaire.csv:1: unknown column "kind" (fields: key, type, name, description, communes, address, phone, email, website, hours, howToRefer, lastChecked)',
    ]);
  });

  it("reports a broken quote with its line", () => {
    const source = `${renderCsv([row()])}b,ssiad,"B"x,D,Vitry,,b@example.org,2026-11-01\n`;
    expect(validateCsv(source).problems).toEqual([expect.objectContaining({ code: "syntax", line: 3 })]);
  });

  it("asks for UTF-8 when the file was exported in another encoding", () => {
    const latin1 = Buffer.from(renderCsv([row({ name: "Hôpital" })]), "latin1").toString("utf8");
    expect(validateCsv(latin1).problems).toEqual([
      expect.objectContaining({ code: "unreadable", message: expect.stringContaining("UTF-8") }),
    ]);
  });
});
