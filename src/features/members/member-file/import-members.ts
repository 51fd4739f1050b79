// Applies a member file in one transaction, or nothing at all: members created or updated by key, their
// roles changed through the one recorded service (changeRoles, for all of them at once), those no longer listed reported (and deactivated when asked).

import { writeAvailability } from "../../../core/members/availability.ts";
import { changeRolesOfMany } from "../../../core/members/role-changes.ts";
import type { Database, Prisma } from "../../../core/persistence.ts";
import type { MemberEntry, MemberProblem, ParsedMemberFile } from "./member-file.ts";
import { type MemberPlan, memberConflicts, planMemberChanges } from "./plan-members.ts";
import { loadEmailHolders, loadStoredMembers } from "./stored-members.ts";
import { type MemberFileContext, validateMembers } from "./validate-members.ts";

type Client = Database | Prisma.TransactionClient;

export interface MemberImportOptions {
  /** Check and compare only: nothing is written. */
  dryRun?: boolean;
  /** Deactivate the members of earlier imports that the file no longer lists (else they are only reported). */
  deactivateMissing?: boolean;
  /** When the import happens: role changes and deactivations are dated with it. */
  now: Date;
}

/** A member file imported (or, with `dryRun`, what importing it would do). */
export interface MemberImport {
  file: string;
  plan: MemberPlan;
  warnings: MemberProblem[];
  /** False for a dry run: nothing was written. */
  applied: boolean;
  /** Whether the missing members are (or, in a dry run, would be) deactivated. */
  deactivateMissing: boolean;
}

/** The answer of {@link importMembers}: the changes, or every problem of the file (nothing was written). */
export type MemberImportOutcome =
  | { ok: true; value: MemberImport }
  | { ok: false; error: "members.invalid"; problems: MemberProblem[]; warnings: MemberProblem[] };

/** A big file on a slow disk must not hit Prisma's 5-second default for interactive transactions. */
const TRANSACTION_TIMEOUT_MS = 300_000;

/**
 * Validates a parsed member file and, when every row is valid and no e-mail belongs to someone else,
 * applies it in one transaction. Members are matched by key; the fields a row leaves out are left as
 * they are; roles change through `changeRoles` (recorded, source "import"). A member the file no
 * longer lists is never deleted: reported, and deactivated with `deactivateMissing`.
 */
export async function importMembers(
  db: Database,
  context: MemberFileContext,
  parsed: ParsedMemberFile,
  options: MemberImportOptions,
): Promise<MemberImportOutcome> {
  const { entries, problems, warnings } = validateMembers(parsed, context);
  if (problems.length) return { ok: false, error: "members.invalid", problems, warnings };
  const deactivateMissing = options.deactivateMissing ?? false;
  const prepare = async (client: Client) => {
    const stored = await loadStoredMembers(client);
    const conflicts = memberConflicts(await loadEmailHolders(client), entries);
    const located = conflicts.map(({ entry, code, message }): MemberProblem => {
      return { code, file: parsed.file, line: entry.line, key: entry.key, field: "email", message };
    });
    return { plan: planMemberChanges(stored, entries), problems: located };
  };
  const prepared = options.dryRun
    ? await prepare(db)
    : await db.$transaction(
        async (tx) => {
          const ready = await prepare(tx);
          if (!ready.problems.length) await applyPlan(tx, ready.plan, { ...options, deactivateMissing });
          return ready;
        },
        { timeout: TRANSACTION_TIMEOUT_MS },
      );
  if (prepared.problems.length) return { ok: false, error: "members.invalid", problems: prepared.problems, warnings };
  const value = { file: parsed.file, plan: prepared.plan, warnings, applied: !options.dryRun, deactivateMissing };
  return { ok: true, value };
}

async function applyPlan(
  tx: Prisma.TransactionClient,
  plan: MemberPlan,
  options: MemberImportOptions & { deactivateMissing: boolean },
): Promise<void> {
  const { now } = options;
  // An e-mail passing from one member to another is released first: e-mails are unique.
  const moving = plan.update.filter((u) => u.changes.includes("email")).map((u) => u.id);
  if (moving.length) await tx.member.updateMany({ where: { id: { in: moving } }, data: { email: null } });
  await tx.member.createMany({
    data: plan.create.map((entry) => ({ key: entry.key, status: "active" as const, ...columns(entry) })),
  });
  const created = await tx.member.findMany({
    where: { key: { in: plan.create.map((e) => e.key) } },
    select: { id: true, key: true },
  });
  const idOf = new Map(created.map((m) => [m.key!, m.id]));
  for (const { id, entry, hoursPerMonth } of plan.update) {
    await tx.member.update({
      where: { id },
      data: { ...columns(entry, hoursPerMonth), status: "active", deactivatedAt: null },
    });
  }
  const written = [
    ...plan.create.map((entry) => ({ id: idOf.get(entry.key)!, entry })),
    ...plan.update.map(({ id, entry }) => ({ id, entry })),
  ];
  await replaceCommunes(tx, written);
  await replaceTags(tx, written, "skill", (e) => e.skills);
  await replaceTags(tx, written, "motivation", (e) => e.motivations);
  await changeRolesOfMany(tx, roleChangesOf(plan, idOf), { source: "import", now });
  if (options.deactivateMissing && plan.missing.length) {
    await tx.member.updateMany({
      where: { id: { in: plan.missing.map((m) => m.id) } },
      data: { status: "inactive", deactivatedAt: now },
    });
  }
}

/** Each new member's roles, and the roles (or mandate) that change for the others. */
function roleChangesOf(plan: MemberPlan, idOf: ReadonlyMap<string, number>) {
  const created = plan.create.map((entry) => ({
    memberId: idOf.get(entry.key)!,
    request: { add: entry.roles, mandateEndsAt: entry.mandateEndsAt ?? undefined },
  }));
  const updated = plan.update
    .filter(({ changes }) => changes.includes("roles") || changes.includes("mandateEnds"))
    .map(({ id, entry, roles }) => ({
      memberId: id,
      request: {
        add: roles.after.filter((r) => !roles.before.includes(r)),
        remove: roles.before.filter((r) => !roles.after.includes(r)),
        mandateEndsAt: entry.mandateEndsAt ?? undefined,
      },
    }));
  return [...created, ...updated];
}

/** The member's own columns; a field the file leaves out is undefined, which Prisma leaves as it is. */
function columns(entry: MemberEntry, hoursPerMonth?: number) {
  const given = <T, U>(value: T | undefined, write: (value: T) => U): U | undefined =>
    value === undefined ? undefined : write(value);
  return {
    displayName: entry.name,
    email: entry.email,
    profession: entry.profession,
    phone: entry.phone,
    motivationNote: entry.motivationNote,
    availability: given(entry.availability, (slots) =>
      writeAvailability({ slots, ...(hoursPerMonth ? { hoursPerMonth } : {}) }),
    ),
    quietHoursStart: given(entry.quietHours, (q) => q?.start ?? null),
    quietHoursEnd: given(entry.quietHours, (q) => q?.end ?? null),
    locale: entry.locale,
    preferredChannel: entry.channel,
  };
}

type Written = { id: number; entry: MemberEntry }[];

async function replaceCommunes(tx: Prisma.TransactionClient, written: Written): Promise<void> {
  const given = written.filter((w) => w.entry.communeCodes !== undefined);
  await tx.memberCommune.deleteMany({ where: { memberId: { in: given.map((w) => w.id) } } });
  await tx.memberCommune.createMany({
    data: given.flatMap(({ id, entry }) => entry.communeCodes!.map((communeCode) => ({ memberId: id, communeCode }))),
  });
}

async function replaceTags(
  tx: Prisma.TransactionClient,
  written: Written,
  kind: "skill" | "motivation",
  valuesOf: (entry: MemberEntry) => string[] | undefined,
): Promise<void> {
  const given = written.filter((w) => valuesOf(w.entry) !== undefined);
  await tx.memberTag.deleteMany({ where: { kind, memberId: { in: given.map((w) => w.id) } } });
  await tx.memberTag.createMany({
    data: given.flatMap(({ id, entry }) => valuesOf(entry)!.map((value) => ({ memberId: id, kind, value }))),
  });
}
