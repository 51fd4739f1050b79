// A change a member asks for, by buttons or in a sentence, and what it did: the one place that writes
// the member's profile. Adding never loses anything; only an explicit removal takes a value away.
import type { Locale } from "../../core/locale.ts";
import { writeAvailability } from "../../core/members/availability.ts";
import type { Database, Prisma } from "../../core/persistence.ts";
import type { QuietHours } from "../../core/quiet-hours.ts";
import { loadOwnProfile, type OwnProfile } from "./own-profile.ts";

/** The parts of a profile that hold several values. */
export const LIST_PARTS = ["skill", "motivation", "slot", "commune"] as const;
export type ListPart = (typeof LIST_PARTS)[number];
export type TagKind = "skill" | "motivation";

export interface ProfileEdit {
  add?: Partial<Record<ListPart, string[]>>;
  remove?: Partial<Record<ListPart, string[]>>;
  /** null: no limit given any more. */
  hoursPerMonth?: number | null;
  /** A bound left out keeps the member's, else the network's default; null: no quiet hours. */
  quietHours?: Partial<QuietHours> | null;
  /** null: follow the language of each message. */
  locale?: Locale | null;
  phone?: string;
  motivationNote?: string | null;
}

/** What an edit did, part by part: values added or removed, and those that already were (or were not) there. */
export interface EditOutcome {
  added: Record<ListPart, string[]>;
  removed: Record<ListPart, string[]>;
  alreadyThere: Record<ListPart, string[]>;
  notThere: Record<ListPart, string[]>;
  /** The fields set, with their new value. */
  set: { hoursPerMonth?: number | null; quietHours?: QuietHours | null; locale?: Locale | null; phone?: string };
  noteSet?: boolean;
  profile: OwnProfile;
}

export type EditResult =
  | { ok: true; value: EditOutcome }
  | { ok: false; error: "profile.quiet.empty" | "profile.gone" };

const emptyParts = (): Record<ListPart, string[]> => ({ skill: [], motivation: [], slot: [], commune: [] });

const held = (profile: OwnProfile, part: ListPart): string[] =>
  ({
    skill: profile.skills,
    motivation: profile.motivations,
    slot: profile.availability.slots,
    commune: profile.communes,
  })[part];

/** The quiet hours an edit leaves: both bounds, the other one kept or taken from the network's default. */
export function quietHoursAfter(
  asked: Partial<QuietHours> | null,
  current: QuietHours | null,
  fallback: QuietHours,
): QuietHours | null | "empty" {
  if (asked === null) return null;
  const start = asked.start ?? current?.start ?? fallback.start;
  const end = asked.end ?? current?.end ?? fallback.end;
  return start === end ? "empty" : { start, end };
}

/** Applies an edit to the member's profile in one transaction; the outcome says what changed. */
export async function applyEdit(
  db: Database,
  memberId: number,
  edit: ProfileEdit,
  defaultQuietHours: QuietHours,
): Promise<EditResult> {
  const written = await db.$transaction(async (tx) => {
    const before = await loadOwnProfile(tx, memberId);
    if (!before) return "profile.gone" as const;
    const quiet =
      edit.quietHours === undefined
        ? undefined
        : quietHoursAfter(edit.quietHours, before.quietHours, defaultQuietHours);
    if (quiet === "empty") return "profile.quiet.empty" as const;
    const outcome = sortOut(before, edit);
    await writeEdit(tx, before, edit, outcome, quiet);
    return { outcome, quiet };
  });
  if (typeof written === "string") return { ok: false, error: written };
  const profile = await loadOwnProfile(db, memberId);
  if (!profile) return { ok: false, error: "profile.gone" };
  const { outcome, quiet } = written;
  const set: EditOutcome["set"] = {
    ...(edit.hoursPerMonth === undefined ? {} : { hoursPerMonth: edit.hoursPerMonth }),
    ...(quiet === undefined ? {} : { quietHours: quiet }),
    ...(edit.locale === undefined ? {} : { locale: edit.locale }),
    ...(edit.phone === undefined ? {} : { phone: edit.phone }),
  };
  return {
    ok: true,
    value: { ...outcome, set, ...(edit.motivationNote === undefined ? {} : { noteSet: true }), profile },
  };
}

type Sorted = ReturnType<typeof sortOut>;

async function writeEdit(
  tx: Prisma.TransactionClient,
  before: OwnProfile,
  edit: ProfileEdit,
  outcome: Sorted,
  quiet: QuietHours | null | undefined,
): Promise<void> {
  const memberId = before.id;
  for (const kind of ["skill", "motivation"] as const) {
    if (outcome.removed[kind].length)
      await tx.memberTag.deleteMany({ where: { memberId, kind, value: { in: outcome.removed[kind] } } });
    if (outcome.added[kind].length)
      await tx.memberTag.createMany({ data: outcome.added[kind].map((value) => ({ memberId, kind, value })) });
  }
  if (outcome.removed.commune.length)
    await tx.memberCommune.deleteMany({ where: { memberId, communeCode: { in: outcome.removed.commune } } });
  if (outcome.added.commune.length)
    await tx.memberCommune.createMany({
      data: outcome.added.commune.map((communeCode) => ({ memberId, communeCode })),
    });
  const slots = [...before.availability.slots.filter((s) => !outcome.removed.slot.includes(s)), ...outcome.added.slot];
  const hoursPerMonth = edit.hoursPerMonth === undefined ? before.availability.hoursPerMonth : edit.hoursPerMonth;
  await tx.member.update({
    where: { id: memberId },
    data: {
      availability: writeAvailability({ slots, ...(hoursPerMonth == null ? {} : { hoursPerMonth }) }),
      ...(quiet === undefined ? {} : { quietHoursStart: quiet?.start ?? null, quietHoursEnd: quiet?.end ?? null }),
      ...(edit.locale === undefined ? {} : { locale: edit.locale }),
      ...(edit.phone === undefined ? {} : { phone: edit.phone }),
      ...(edit.motivationNote === undefined ? {} : { motivationNote: edit.motivationNote }),
    },
  });
}

/** Which asked values change something, and which were already as asked. A value both added and removed is added. */
function sortOut(profile: OwnProfile, edit: ProfileEdit) {
  const outcome = { added: emptyParts(), removed: emptyParts(), alreadyThere: emptyParts(), notThere: emptyParts() };
  for (const part of LIST_PARTS) {
    const current = held(profile, part);
    const adding = [...new Set(edit.add?.[part] ?? [])];
    for (const value of adding) (current.includes(value) ? outcome.alreadyThere : outcome.added)[part].push(value);
    for (const value of new Set(edit.remove?.[part] ?? [])) {
      if (adding.includes(value)) continue;
      (current.includes(value) ? outcome.removed : outcome.notThere)[part].push(value);
    }
  }
  return outcome;
}

/** Whether the edit asks for anything at all. */
export const isEmptyEdit = (edit: ProfileEdit): boolean =>
  LIST_PARTS.every((p) => !edit.add?.[p]?.length && !edit.remove?.[p]?.length) &&
  edit.hoursPerMonth === undefined &&
  edit.quietHours === undefined &&
  edit.locale === undefined &&
  edit.phone === undefined &&
  edit.motivationNote === undefined;
