import type { ResourceTypes } from "../../../core/vocabulary/resource-types.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import {
  compact,
  DIRECTORY_FIELDS,
  type DirectoryField,
  type DirectoryProblem,
  type DirectoryRow,
  type ParsedDirectory,
  REQUIRED_FIELDS,
  type ResourceFields,
  WHOLE_TERRITORY,
} from "./directory-file.ts";
import { type Checked, checkEmail, normalisePhone, normaliseWebsite, parseCheckedDate } from "./field-formats.ts";
import { CommuneVocabulary, TypeVocabulary } from "./vocabulary.ts";

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

/** A problem of a row, before the file and the row's key are added. */
type RowProblem = Omit<DirectoryProblem, "file" | "key">;
type Report = (p: RowProblem) => void;

/**
 * Checks every row of a parsed directory file and normalises the valid ones. Pure: the same file,
 * vocabulary and day always give the same answer. Every problem is reported, not only the first.
 */
export function validateDirectory(parsed: ParsedDirectory, context: DirectoryContext): ValidatedDirectory {
  const result: ValidatedDirectory = { file: parsed.file, entries: [], problems: [...parsed.problems], warnings: [] };
  const vocabulary = { types: new TypeVocabulary(context.types), communes: new CommuneVocabulary(context.territory) };
  if (!parsed.rows.length && !parsed.problems.length) {
    // Importing it would deactivate the whole directory: surely a wrong file.
    result.problems.push({ code: "structure", file: parsed.file, line: 1, message: "lists no resource" });
  }
  const firstLineOfKey = new Map<string, number>();
  for (const row of parsed.rows) {
    const raw = row.fields.get("key")?.value;
    const key = typeof raw === "string" ? raw.trim() : "";
    const located = (p: RowProblem): DirectoryProblem => ({ file: parsed.file, ...(key ? { key } : {}), ...p });
    const before = result.problems.length;
    const entry = validateRow(row, context, vocabulary, (p) => result.problems.push(located(p)));
    const first = firstLineOfKey.get(key);
    if (key && first !== undefined) {
      const message = `"${key}" is already the key of the resource at line ${first}`;
      result.problems.push(located({ code: "duplicate_key", line: row.line, field: "key", message }));
    } else if (key) firstLineOfKey.set(key, row.line);
    if (!entry || result.problems.length > before) continue;
    result.entries.push(entry);
    const stale = staleWarning(entry, row, context.today);
    if (stale) result.warnings.push(located(stale));
  }
  result.problems.sort(byPlace);
  return result;
}

function staleWarning(entry: DirectoryEntry, row: DirectoryRow, today: string): RowProblem | undefined {
  if ((Date.parse(`${today}T00:00:00Z`) - entry.lastCheckedAt.getTime()) / 86_400_000 <= STALE_AFTER_DAYS)
    return undefined;
  const day = entry.lastCheckedAt.toISOString().slice(0, 10);
  const line = row.fields.get("lastChecked")!.line;
  return { code: "stale_check", line, field: "lastChecked", message: `last checked on ${day}, more than a year ago` };
}

/** By line, then in the order of the fields (a CSV row has one line for all its problems). */
const byPlace = (a: DirectoryProblem, b: DirectoryProblem): number =>
  (a.line ?? 0) - (b.line ?? 0) || fieldRank(a.field) - fieldRank(b.field);

const fieldRank = (field: DirectoryField | undefined) =>
  field === undefined ? DIRECTORY_FIELDS.length : DIRECTORY_FIELDS.indexOf(field);

function validateRow(
  row: DirectoryRow,
  context: DirectoryContext,
  vocabulary: { types: TypeVocabulary; communes: CommuneVocabulary },
  report: Report,
): DirectoryEntry | undefined {
  const text = (field: DirectoryField) => readText(row, field, report);
  const key = text("key");
  if (key !== undefined && !KEY.test(key)) {
    const message = `"${key}" must be lower-case letters and digits joined by - or _ (e.g. had-val-de-bievre)`;
    report({ code: "malformed_key", line: row.fields.get("key")!.line, field: "key", message });
  }
  const type = readType(row, text("type"), vocabulary.types, report);
  const name = text("name");
  const description = text("description");
  const coverage = readCommunes(row, context.territory, vocabulary.communes, report);
  const contact = readContacts(row, text, report);
  const checkDate = (written: string) => parseCheckedDate(written, context.today);
  const lastChecked = checkField(row, "lastChecked", text("lastChecked"), checkDate, report, "malformed_date");
  for (const field of REQUIRED_FIELDS.filter((f) => f !== "communes")) {
    const raw = row.fields.get(field);
    if (!raw || (typeof raw.value === "string" && raw.value.trim() === "")) {
      report({ code: "missing_field", line: raw?.line ?? row.line, field, message: "is required" });
    }
  }
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
    line: row.line,
  };
}

/** A text field, trimmed; undefined when absent, empty or not text (reported). */
function readText(row: DirectoryRow, field: DirectoryField, report: Report): string | undefined {
  const raw = row.fields.get(field);
  if (!raw) return undefined;
  if (typeof raw.value !== "string") {
    if (field === "communes") return undefined; // a list is fine there: readCommunes reads it
    report({ code: "not_text", line: raw.line, field, message: "must be text, not a list or a map" });
    return undefined;
  }
  const value = raw.value.trim();
  const max = MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH;
  if (value.length > max) {
    report({ code: "too_long", line: raw.line, field, message: `has ${value.length} characters, at most ${max}` });
    return undefined;
  }
  return value || undefined;
}

function readType(
  row: DirectoryRow,
  written: string | undefined,
  types: TypeVocabulary,
  report: Report,
): string | undefined {
  if (written === undefined) return undefined;
  const found = types.resolve(written);
  if (found.ok) return found.value;
  const line = row.fields.get("type")!.line;
  const hint = found.closest.length ? `closest: ${found.closest.join(", ")}` : `valid types: ${types.keys.join(", ")}`;
  report({ code: "unknown_type", line, field: "type", message: `unknown type "${written}" (${hint})` });
  return undefined;
}

function readCommunes(
  row: DirectoryRow,
  territory: Territory,
  communes: CommuneVocabulary,
  report: Report,
): Pick<DirectoryEntry, "communeCodes" | "territoryWide"> | undefined {
  const raw = row.fields.get("communes");
  const missing = () => {
    report({ code: "missing_field", line: raw?.line ?? row.line, field: "communes", message: "is required" });
    return undefined;
  };
  if (!raw) return missing();
  const items = typeof raw.value === "string" ? [raw.value] : Array.isArray(raw.value) ? raw.value : [raw.value];
  if (items.some((item) => typeof item !== "string")) {
    const message = "must be commune names separated by ; or |, or a list of names";
    report({ code: "not_text", line: raw.line, field: "communes", message });
    return undefined;
  }
  const names = (items as string[])
    .flatMap((item) => item.split(/[;|]/))
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length) return missing();
  if (names.some((n) => compact(n) === WHOLE_TERRITORY)) {
    if (names.length === 1) return { communeCodes: territory.communes.map((c) => c.code).sort(), territoryWide: true };
    const message = `"${WHOLE_TERRITORY}" stands alone, without other communes`;
    report({ code: "malformed_communes", line: raw.line, field: "communes", message });
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
      report({
        code: "unknown_commune",
        line: raw.line,
        field: "communes",
        message: `unknown commune "${name}" (${hint})`,
      });
    }
  }
  return unknown ? undefined : { communeCodes: [...codes].sort(), territoryWide: false };
}

function readContacts(
  row: DirectoryRow,
  text: (field: DirectoryField) => string | undefined,
  report: Report,
): Pick<DirectoryEntry, "phone" | "email" | "website"> | undefined {
  const phone = text("phone");
  const email = text("email");
  const website = text("website");
  if (phone === undefined && email === undefined && website === undefined) {
    report({ code: "no_contact", line: row.line, message: "give at least a phone, an e-mail or a website" });
    return undefined;
  }
  const contact = {
    phone: phone === undefined ? null : checkField(row, "phone", phone, normalisePhone, report, "malformed_phone"),
    email: email === undefined ? null : checkField(row, "email", email, checkEmail, report, "malformed_email"),
    website:
      website === undefined ? null : checkField(row, "website", website, normaliseWebsite, report, "malformed_url"),
  };
  const { phone: p, email: e, website: w } = contact;
  return p === undefined || e === undefined || w === undefined ? undefined : { phone: p, email: e, website: w };
}

function checkField<T>(
  row: DirectoryRow,
  field: DirectoryField,
  written: string | undefined,
  check: (written: string) => Checked<T>,
  report: Report,
  code: DirectoryProblem["code"],
): T | undefined {
  if (written === undefined) return undefined;
  const checked = check(written);
  if (checked.ok) return checked.value;
  report({ code: checked.code ?? code, line: row.fields.get(field)!.line, field, message: checked.reason });
  return undefined;
}
