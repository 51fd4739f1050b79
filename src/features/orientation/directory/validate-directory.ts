import { CommuneVocabulary } from "../../../core/vocabulary/commune-vocabulary.ts";
import type { ResourceTypes } from "../../../core/vocabulary/resource-types.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import { compact } from "../../../util/fold.ts";
import { checkRows, type RowProblem, RowValues } from "../../../util/row-file/check-rows.ts";
import {
  checkEmail,
  normalisePhone,
  normaliseWebsite,
  parseCheckedDate,
} from "../../../util/row-file/field-formats.ts";
import {
  type DirectoryField,
  type DirectoryProblem,
  type DirectoryProblemCode,
  type DirectoryRow,
  directoryFile,
  type ParsedDirectory,
  REQUIRED_FIELDS,
  type ResourceFields,
  WHOLE_TERRITORY,
} from "./directory-file.ts";
import { TypeVocabulary } from "./vocabulary.ts";

/** A valid resource of the file, normalised: what the import stores. */
export interface DirectoryEntry extends ResourceFields {
  /** Written `communes: all`: every commune of the territory at the time of the import. */
  territoryWide: boolean;
  /** Line of the file where the entry starts. */
  line: number;
}

/** What the file's values are read against. */
export interface DirectoryContext {
  territory: Territory;
  types: ResourceTypes;
  /** Today in the network's time zone ("2026-11-23"): a check date after it is refused. */
  today: string;
}

export interface ValidatedDirectory {
  file: string;
  /** Valid entries, in file order; meaningful only when `problems` is empty. */
  entries: DirectoryEntry[];
  /** Every problem of the file: any of them stops the import. */
  problems: DirectoryProblem[];
  /** Worth telling, not blocking (an entry not checked for more than a year). */
  warnings: DirectoryProblem[];
}

const KEY = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_LENGTH: Partial<Record<DirectoryField, number>> = { key: 60, name: 120, description: 1000 };
const DEFAULT_MAX_LENGTH = 500;
const STALE_AFTER_DAYS = 366;

type Values = RowValues<DirectoryField, DirectoryProblemCode>;
type Vocabulary = { types: TypeVocabulary; communes: CommuneVocabulary };

/**
 * Checks every row of a parsed directory file and normalises the valid ones. Pure: the same file,
 * vocabulary and day always give the same answer. Every problem is reported, not only the first.
 */
export function validateDirectory(parsed: ParsedDirectory, context: DirectoryContext): ValidatedDirectory {
  const vocabulary = { types: new TypeVocabulary(context.types), communes: new CommuneVocabulary(context.territory) };
  const maxLength = (field: DirectoryField) => MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH;
  const { valid, problems } = checkRows(parsed, directoryFile.shape, (row, report) =>
    validateRow(new RowValues<DirectoryField, DirectoryProblemCode>(row, report, maxLength), context, vocabulary),
  );
  const warnings = valid.flatMap(({ entry, row, locate }) => {
    const stale = staleWarning(entry, row, context.today);
    return stale ? [locate(stale)] : [];
  });
  return { file: parsed.file, entries: valid.map((v) => v.entry), problems, warnings };
}

function staleWarning(
  entry: DirectoryEntry,
  row: DirectoryRow,
  today: string,
): RowProblem<"stale_check", DirectoryField> | undefined {
  if ((Date.parse(`${today}T00:00:00Z`) - entry.lastCheckedAt.getTime()) / 86_400_000 <= STALE_AFTER_DAYS)
    return undefined;
  const day = entry.lastCheckedAt.toISOString().slice(0, 10);
  const line = row.fields.get("lastChecked")!.line;
  return { code: "stale_check", line, field: "lastChecked", message: `last checked on ${day}, more than a year ago` };
}

function validateRow(values: Values, context: DirectoryContext, vocabulary: Vocabulary): DirectoryEntry | undefined {
  const text = (field: DirectoryField) => values.text(field);
  const key = text("key");
  if (key !== undefined && !KEY.test(key)) {
    const message = `"${key}" must be lower-case letters and digits joined by - or _ (e.g. had-val-de-bievre)`;
    values.report({ code: "malformed_key", line: values.lineOf("key"), field: "key", message });
  }
  const type = readType(values, text("type"), vocabulary.types);
  const name = text("name");
  const description = text("description");
  const coverage = readCommunes(values, context.territory, vocabulary.communes);
  const contact = readContacts(values);
  const checkDate = (written: string) => parseCheckedDate(written, context.today);
  const lastChecked = values.check("lastChecked", text("lastChecked"), checkDate, "malformed_date");
  values.require(REQUIRED_FIELDS.filter((f) => f !== "communes"));
  if (!key || !type || !name || !description || !coverage || !contact || !lastChecked) return undefined;
  return {
    key,
    type,
    name: name.replace(/\s+/g, " "),
    description,
    ...coverage,
    address: text("address") ?? null,
    ...contact,
    hours: text("hours") ?? null,
    howToRefer: text("howToRefer") ?? null,
    lastCheckedAt: lastChecked,
    line: values.row.line,
  };
}

function readType(values: Values, written: string | undefined, types: TypeVocabulary): string | undefined {
  if (written === undefined) return undefined;
  const found = types.resolve(written);
  if (found.ok) return found.value;
  const hint = found.closest.length ? `closest: ${found.closest.join(", ")}` : `valid types: ${types.keys.join(", ")}`;
  const message = `unknown type "${written}" (${hint})`;
  values.report({ code: "unknown_type", line: values.lineOf("type"), field: "type", message });
  return undefined;
}

function readCommunes(
  values: Values,
  territory: Territory,
  communes: CommuneVocabulary,
): Pick<DirectoryEntry, "communeCodes" | "territoryWide"> | undefined {
  const line = values.lineOf("communes");
  const missing = () => {
    values.report({ code: "missing_field", line, field: "communes", message: "is required" });
    return undefined;
  };
  if (!values.has("communes")) return missing();
  const names = values.list("communes", "commune names");
  if (!names) return undefined;
  if (!names.length) return missing();
  if (names.some((n) => compact(n) === WHOLE_TERRITORY)) {
    if (names.length === 1) return { communeCodes: territory.communes.map((c) => c.code).sort(), territoryWide: true };
    const message = `"${WHOLE_TERRITORY}" stands alone, without other communes`;
    values.report({ code: "malformed_communes", line, field: "communes", message });
    return undefined;
  }
  const codes = new Set<string>();
  let unknown = false;
  for (const name of names) {
    const found = communes.resolve(name);
    if (found.ok) codes.add(found.value);
    else {
      unknown = true;
      const hint = name.includes(",")
        ? "separate communes with ; or |"
        : found.closest.length
          ? `closest: ${found.closest.join(", ")}`
          : "not a commune of intents/entities/communes.yaml";
      values.report({
        code: "unknown_commune",
        line,
        field: "communes",
        message: `unknown commune "${name}" (${hint})`,
      });
    }
  }
  return unknown ? undefined : { communeCodes: [...codes].sort(), territoryWide: false };
}

function readContacts(values: Values): Pick<DirectoryEntry, "phone" | "email" | "website"> | undefined {
  const phone = values.text("phone");
  const email = values.text("email");
  const website = values.text("website");
  if (phone === undefined && email === undefined && website === undefined) {
    const message = "give at least a phone, an e-mail or a website";
    values.report({ code: "no_contact", line: values.row.line, message });
    return undefined;
  }
  const contact = {
    phone: phone === undefined ? null : values.check("phone", phone, normalisePhone, "malformed_phone"),
    email: email === undefined ? null : values.check("email", email, checkEmail, "malformed_email"),
    website: website === undefined ? null : values.check("website", website, normaliseWebsite, "malformed_url"),
  };
  const { phone: p, email: e, website: w } = contact;
  return p === undefined || e === undefined || w === undefined ? undefined : { phone: p, email: e, website: w };
}
