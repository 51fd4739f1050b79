// Checks every row of a missions file against the network's vocabulary and normalises the valid ones:
// the whole file is judged before anything is written. What depends on the database (a start already
// past, the seats already taken, the contact) is checked when the file is compared with it.
import type { MemberVocabulary } from "../../../core/members/member-vocabulary.ts";
import { CommuneVocabulary } from "../../../core/vocabulary/commune-vocabulary.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import { parseDuration } from "../../../util/durations.ts";
import { compact } from "../../../util/fold.ts";
import { checkRows, RowValues } from "../../../util/row-file/check-rows.ts";
import { communeLookup, type Lookup, readMany, readOne, termLookup } from "../../../util/row-file/lookups.ts";
import { readDeadline, readMissionTimes, type TimesOptions, type TimesProblem } from "../catalogue/mission-times.ts";
import { missionsMessages } from "../messages.ts";
import { KIND_MOTIVATION, missionKindIndex } from "../mission-kinds.ts";
import {
  type MissionEntry,
  type MissionField,
  type MissionProblem,
  type MissionProblemCode,
  missionFile,
  type ParsedMissionFile,
  REQUIRED_MISSION_FIELDS,
} from "./mission-file.ts";

/** What the file's values are read against. */
export interface MissionFileContext {
  territory: Territory;
  vocabulary: MemberVocabulary;
  /** Dates are read in this zone, as of `now`. */
  zone: string;
  now: Date;
}

export interface ValidatedMissions {
  file: string;
  /** Valid entries, in file order; meaningful only when `problems` is empty. */
  entries: MissionEntry[];
  /** Every problem of the file: any of them stops the import. */
  problems: MissionProblem[];
}

type Values = RowValues<MissionField, MissionProblemCode>;

const KEY = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_LENGTH: Partial<Record<MissionField, number>> = { key: 60, title: 120, description: 2000 };
const DEFAULT_MAX_LENGTH = 500;
const MAX_SEATS = 50;
const REMOTE = ["remote", "à distance", "a distance", "distanciel", "visio", "en ligne", "online"];
const TERRITORY = ["territory", "tout le territoire", "territoire", "whole territory", "all"];
const STATUSES = { draft: ["draft", "brouillon"], open: ["open", "ouverte", "publiée", "publiee", "published"] };

const TIMES_PROBLEMS: Record<Exclude<TimesProblem, "startPast">, [MissionProblemCode, string]> = {
  unreadable: ["malformed_when", "is not a day and time (e.g. 2027-01-15 14:00-17:00)"],
  noTime: ["malformed_when", "gives no time of day (e.g. 2027-01-15 14:00-17:00)"],
  noYear: ["missing_year", "must write the year (the file is imported again later, when it would mean another year)"],
  noEnd: ["missing_end", "a mission always ends: write a range in when (14:00-17:00) or the end in ends"],
  endUnreadable: ["malformed_end", "is not a time or a day and time (e.g. 17:00, or 2027-01-16 12:00)"],
  endBeforeStart: ["end_before_start", "must come after the start"],
};

/**
 * Checks every row of a parsed missions file and normalises the valid ones. Pure: the same file,
 * vocabulary and moment always give the same answer. Every problem is reported, not only the first.
 */
export function validateMissions(parsed: ParsedMissionFile, context: MissionFileContext): ValidatedMissions {
  const { vocabulary } = context;
  const lookups = {
    professions: termLookup(vocabulary.professions),
    skills: termLookup(vocabulary.skills),
    motivations: termLookup(vocabulary.motivations),
    kinds: termLookup({
      resolve: (written) => missionKindIndex.resolve(written),
      label: (kind) => missionsMessages.fr[`missions.kind.${kind}`] ?? kind,
      keys: missionKindIndex.values,
    }),
    communes: communeLookup(new CommuneVocabulary(context.territory)),
  };
  const maxLength = (field: MissionField) => MAX_LENGTH[field] ?? DEFAULT_MAX_LENGTH;
  const { valid, problems } = checkRows(parsed, missionFile.shape, (row, report) =>
    readMission(new RowValues<MissionField, MissionProblemCode>(row, report, maxLength), lookups, context),
  );
  return { file: parsed.file, entries: valid.map((v) => v.entry), problems };
}

interface Lookups {
  professions: Lookup;
  skills: Lookup;
  motivations: Lookup;
  kinds: Lookup;
  communes: Lookup;
}

function readMission(values: Values, lookups: Lookups, context: MissionFileContext): MissionEntry | undefined {
  const key = values.text("key");
  if (key !== undefined && !KEY.test(key)) {
    const message = `"${key}" must be lower-case letters and digits joined by - or _ (e.g. formation-ide-vitry)`;
    values.report({ code: "malformed_key", line: values.lineOf("key"), field: "key", message });
  }
  const title = values.text("title");
  const description = values.text("description");
  const kind = readOne(values, "kind", lookups.kinds, "unknown_kind", "kind of mission");
  const tags = [
    ...(readMany(values, "professions", lookups.professions, "unknown_profession", "profession") ?? []).map(
      (value) => ({ kind: "profession" as const, value }),
    ),
    ...(readMany(values, "skills", lookups.skills, "unknown_skill", "skill") ?? []).map((value) => ({
      kind: "skill" as const,
      value,
    })),
  ];
  const motivations = readMany(values, "motivations", lookups.motivations, "unknown_motivation", "motivation");
  const where = readWhere(values, lookups.communes);
  const options: TimesOptions = { zone: context.zone, now: context.now, locales: ["fr", "en"], requireYear: true };
  const times = readTimes(values, options);
  const hours = readHours(values);
  const seats = readSeats(values);
  const respondBy = readRespondBy(values, options, times?.startsAt);
  const status = readStatus(values);
  values.require(REQUIRED_MISSION_FIELDS);
  if (!key || !title || !description || !kind || !where || !times) return undefined;
  if (hours === undefined || seats === undefined || respondBy === undefined || status === undefined) return undefined;
  const motivation = KIND_MOTIVATION[kind as keyof typeof KIND_MOTIVATION];
  const spoken = motivations ?? (motivation ? [motivation] : []);
  return {
    key,
    fields: {
      title: title.replace(/\s+/g, " "),
      description,
      kind: kind as MissionEntry["fields"]["kind"],
      tags: [...tags, ...spoken.map((value) => ({ kind: "motivation" as const, value }))],
      ...where,
      place: values.text("place") ?? null,
      ...times,
      estimatedHours: hours,
      seats,
      respondBy,
    },
    contact: values.text("contact") ?? null,
    open: status === "open",
    line: values.row.line,
  };
}

/** A commune, « à distance » (remote) or « tout le territoire ». */
function readWhere(values: Values, communes: Lookup) {
  const written = values.text("where");
  if (written === undefined) return undefined;
  if (REMOTE.some((form) => compact(form) === compact(written))) return { communeCode: null, remote: true };
  if (TERRITORY.some((form) => compact(form) === compact(written))) return { communeCode: null, remote: false };
  const code = readOne(
    values,
    "where",
    communes,
    "unknown_where",
    "commune (or « à distance », « tout le territoire »)",
  );
  return code ? { communeCode: code, remote: false } : undefined;
}

function readTimes(values: Values, options: TimesOptions) {
  const when = values.text("when");
  if (when === undefined) return undefined;
  const read = readMissionTimes(when, values.text("ends"), { ...options, allowPast: true });
  if (read.ok) return { startsAt: read.startsAt, endsAt: read.endsAt };
  if (read.problem === "startPast") return undefined; // never: past starts are allowed here
  const [code, message] = TIMES_PROBLEMS[read.problem];
  const field = read.field;
  values.report({ code, line: values.lineOf(field), field, message: `"${values.text(field) ?? when}" ${message}` });
  return undefined;
}

/** Estimated hours: absent is « not said »; undefined when unreadable (reported). */
function readHours(values: Values): number | null | undefined {
  const written = values.text("hours");
  if (written === undefined) return null;
  const minutes = parseDuration(written);
  if (minutes !== undefined) return Math.round((minutes / 60) * 100) / 100;
  const message = `"${written}" is not a length of time (e.g. 3, 2.5, 2h30)`;
  values.report({ code: "malformed_hours", line: values.lineOf("hours"), field: "hours", message });
  return undefined;
}

/** Seats: one when absent. */
function readSeats(values: Values): number | undefined {
  const written = values.text("seats");
  if (written === undefined) return 1;
  const seats = /^\d{1,2}$/.test(written) ? Number(written) : 0;
  if (seats >= 1 && seats <= MAX_SEATS) return seats;
  const message = `"${written}" is not a number of seats from 1 to ${MAX_SEATS}`;
  values.report({ code: "malformed_seats", line: values.lineOf("seats"), field: "seats", message });
  return undefined;
}

function readRespondBy(values: Values, options: TimesOptions, startsAt: Date | undefined): Date | null | undefined {
  const written = values.text("respondBy");
  if (written === undefined) return null;
  const at = readDeadline(written, options);
  const line = values.lineOf("respondBy");
  if (!at) {
    const message = `"${written}" is not a day with its year (e.g. 2027-01-08, or 2027-01-08 18:00)`;
    values.report({ code: "malformed_respond_by", line, field: "respondBy", message });
    return undefined;
  }
  if (startsAt && at > startsAt) {
    const message = `"${written}" is after the start: volunteers answer before the mission begins`;
    values.report({ code: "respond_by_after_start", line, field: "respondBy", message });
    return undefined;
  }
  return at;
}

/** draft (the default) or open. */
function readStatus(values: Values): "draft" | "open" | undefined {
  const written = values.text("status");
  if (written === undefined) return "draft";
  const status = (Object.keys(STATUSES) as ("draft" | "open")[]).find((s) =>
    STATUSES[s].some((form) => compact(form) === compact(written)),
  );
  if (status) return status;
  const message = `unknown status "${written}" (draft or open: done and cancelled missions are changed in chat)`;
  values.report({ code: "unknown_status", line: values.lineOf("status"), field: "status", message });
  return undefined;
}
