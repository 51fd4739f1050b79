// Checks every row of a member file against the network's vocabulary and normalises the valid ones:
// the whole file is judged before anything is written.
import type { MemberVocabulary } from "../../../core/members/member-vocabulary.ts";
import { isBoardRole } from "../../../core/members/role-changes.ts";
import type { Profession, Role } from "../../../core/persistence.ts";
import { CommuneVocabulary } from "../../../core/vocabulary/commune-vocabulary.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import { checkRows, type RowProblem, RowValues, sortProblems } from "../../../util/row-file/check-rows.ts";
import { checkEmail, normalisePhone, parseDay, parseTimeRange } from "../../../util/row-file/field-formats.ts";
import {
  communeLookup,
  type Lookup,
  readMany,
  readOne,
  resolveAll,
  termLookup,
} from "../../../util/row-file/lookups.ts";
import {
  type MemberEntry,
  type MemberField,
  type MemberProblem,
  type MemberProblemCode,
  memberFile,
  type ParsedMemberFile,
  REQUIRED_MEMBER_FIELDS,
} from "./member-file.ts";
import { readChannel, readLanguage, type Values } from "./member-values.ts";

/** What the file's values are read against. */
export interface MemberFileContext {
  territory: Territory;
  vocabulary: MemberVocabulary;
  /** Today in the network's time zone ("2026-11-23"): a mandate ended before it is worth a warning. */
  today: string;
}

export interface ValidatedMembers {
  file: string;
  /** Valid entries, in file order; meaningful only when `problems` is empty. */
  entries: MemberEntry[];
  /** Every problem of the file: any of them stops the import. */
  problems: MemberProblem[];
  /** Worth telling, not blocking (a mandate already over). */
  warnings: MemberProblem[];
}

const KEY = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_LENGTH: Partial<Record<MemberField, number>> = { key: 60, name: 120, email: 254, motivationNote: 1000 };
const DEFAULT_MAX_LENGTH = 500;

interface Lookups {
  professions: Lookup;
  roles: Lookup;
  communes: Lookup;
  skills: Lookup;
  motivations: Lookup;
  availability: Lookup;
}

/**
 * Checks every row of a parsed member file and normalises the valid ones. Pure: the same file,
 * vocabulary and day always give the same answer. Every problem is reported, not only the first; an
 * e-mail written on two rows is one of them.
 */
export function validateMembers(parsed: ParsedMemberFile, context: MemberFileContext): ValidatedMembers {
  const { vocabulary } = context;
  const lookups: Lookups = {
    professions: termLookup(vocabulary.professions),
    roles: termLookup(vocabulary.roles),
    communes: communeLookup(new CommuneVocabulary(context.territory)),
    skills: termLookup(vocabulary.skills),
    motivations: termLookup(vocabulary.motivations),
    availability: termLookup(vocabulary.availability),
  };
  const maxLength = (field: MemberField) => MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH;
  const emails: WrittenEmail[] = [];
  const { valid, problems } = checkRows(parsed, memberFile.shape, (row, report) => {
    const values = new RowValues<MemberField, MemberProblemCode>(row, report, maxLength);
    return readMember(values, lookups, (email, key) =>
      emails.push({ email, key, row: row.line, line: values.lineOf("email") }),
    );
  });
  problems.push(...duplicateEmails(emails, parsed.file));
  const entries: MemberEntry[] = [];
  const warnings: MemberProblem[] = [];
  for (const { entry, row, locate } of valid) {
    entries.push(entry);
    const mandate = row.fields.get("mandateEnds");
    const written = typeof mandate?.value === "string" && mandate.value.trim() !== "";
    for (const warning of mandateWarnings(entry, written, context.today, mandate?.line ?? row.line)) {
      warnings.push(locate(warning));
    }
  }
  return { file: parsed.file, entries, problems: sortProblems(problems, memberFile.shape.fields), warnings };
}

/** A well-formed e-mail of a row, valid or not: an e-mail written twice is named even when a row has other problems. */
interface WrittenEmail {
  email: string;
  key: string | undefined;
  /** Where the row starts, and where its e-mail is. */
  row: number;
  line: number;
}

function duplicateEmails(emails: readonly WrittenEmail[], file: string): MemberProblem[] {
  const first = new Map<string, WrittenEmail>();
  const problems: MemberProblem[] = [];
  for (const written of emails) {
    const earlier = first.get(written.email);
    if (!earlier) {
      first.set(written.email, written);
      continue;
    }
    const message = `"${written.email}" is already the e-mail of ${earlier.key ?? "the member"} at line ${earlier.row}`;
    const key = written.key ? { key: written.key } : {};
    problems.push({ code: "duplicate_email", file, line: written.line, ...key, field: "email", message });
  }
  return problems;
}

function mandateWarnings(
  entry: MemberEntry,
  written: boolean,
  today: string,
  line: number,
): RowProblem<MemberProblemCode, MemberField>[] {
  const field = "mandateEnds" as const;
  if (entry.mandateEndsAt) {
    const day = entry.mandateEndsAt.toISOString().slice(0, 10);
    if (day >= today) return [];
    const message = `the mandate ended on ${day}: renew it (a later date) or remove the board position`;
    return [{ code: "past_mandate", line, field, message }];
  }
  if (!written || entry.roles.some(isBoardRole)) return [];
  return [{ code: "unused_mandate", line, field, message: "ignored: the member holds no board position" }];
}

function readMember(
  values: Values,
  lookups: Lookups,
  sawEmail: (email: string, key: string | undefined) => void,
): MemberEntry | undefined {
  const key = values.text("key");
  if (key !== undefined && !KEY.test(key)) {
    const message = `"${key}" must be lower-case letters and digits joined by - or _ (e.g. claire-martin)`;
    values.report({ code: "malformed_key", line: values.lineOf("key"), field: "key", message });
  }
  const name = values.text("name");
  const email = values.check("email", values.text("email")?.toLowerCase(), checkEmail, "malformed_email");
  if (email) sawEmail(email, key);
  const profession = readOne(values, "profession", lookups.professions, "unknown_profession", "profession");
  const roles = readRoles(values, lookups.roles);
  const mandateEndsAt = readMandate(values, roles);
  values.require(REQUIRED_MEMBER_FIELDS.filter((f) => f !== "roles"));
  const entry = readOptional(values, lookups);
  if (!key || !name || !email || !profession || !roles || mandateEndsAt === undefined) return undefined;
  return {
    key,
    name: name.replace(/\s+/g, " "),
    email,
    profession: profession as Profession,
    roles,
    mandateEndsAt,
    ...entry,
    line: values.row.line,
  };
}

/** The fields a member may leave out: undefined when the row does not write them, null when written empty. */
function readOptional(values: Values, lookups: Lookups) {
  const optional = <T>(field: MemberField, read: (written: string) => T | undefined): T | null | undefined => {
    if (!values.has(field)) return undefined;
    const written = values.text(field);
    return written === undefined ? null : read(written);
  };
  const sorted = (keys: string[] | undefined) => keys?.sort();
  return {
    phone: optional("phone", (w) => values.check("phone", w, normalisePhone, "malformed_phone")),
    communeCodes: sorted(readMany(values, "communes", lookups.communes, "unknown_commune", "commune")),
    skills: sorted(readMany(values, "skills", lookups.skills, "unknown_skill", "skill")),
    motivations: sorted(readMany(values, "motivations", lookups.motivations, "unknown_motivation", "motivation")),
    motivationNote: optional("motivationNote", (w) => w),
    availability: readAvailability(values, lookups.availability),
    quietHours: optional("quietHours", (w) => values.check("quietHours", w, parseTimeRange, "malformed_quiet_hours")),
    locale: readLanguage(values),
    channel: readChannel(values),
  };
}

/** The member's roles, sorted; at least one. */
function readRoles(values: Values, lookup: Lookup): Role[] | undefined {
  const written = values.has("roles") ? values.list("roles", "role names") : [];
  if (written === undefined) return undefined; // not a list of names: reported
  if (written.length === 0) {
    values.report({ code: "missing_field", line: values.lineOf("roles"), field: "roles", message: "is required" });
    return undefined;
  }
  // Unknown roles are reported, which is enough to refuse the row.
  return (resolveAll(values, "roles", written, lookup, "unknown_role", "role") as Role[]).sort();
}

/** The end of the board mandate: required with a board position, null without one. */
function readMandate(values: Values, roles: Role[] | undefined): Date | null | undefined {
  const written = values.text("mandateEnds");
  const day = values.check("mandateEnds", written, parseDay, "malformed_date");
  if (!roles?.some(isBoardRole)) return roles && null;
  if (written === undefined) {
    const message =
      "is required with a board position (président, vice-président, trésorier, secrétaire général, membre du bureau): the day the mandate ends, e.g. 2028-06-30";
    values.report({ code: "missing_mandate", line: values.lineOf("mandateEnds"), field: "mandateEnds", message });
    return undefined;
  }
  return day;
}

/** Availability slots in the vocabulary's order. */
function readAvailability(values: Values, lookup: Lookup): string[] | undefined {
  const slots = readMany(values, "availability", lookup, "unknown_availability", "availability");
  return slots && lookup.keys.filter((key) => slots.includes(key));
}
