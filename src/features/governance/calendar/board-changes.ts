// A change of board positions, from any source (the member file, the terminal, chat), opens the declaration to
// the préfecture, due 3 months after the change. Read from the role-change log, which every source writes, so
// an import run by another process is seen too. Batching: every board change read in one pass, and every later
// one while that declaration is still open, joins the same task (one Cerfa declares them all); its due date stays
// 3 months after the first change it covers, the earliest legal deadline.
import type { Locale } from "../../../core/locale.ts";
import type { Prisma } from "../../../core/persistence.ts";
import { formatDate } from "../../../util/time.ts";
import type { GovernanceRule } from "../config/rules-file.ts";
import { BOARD_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import { recordEvent } from "../tasks/task-store.ts";
import { fromRule } from "./task-seed.ts";

const CURSOR = "board-changes";
const isBoard = (role: string) => (BOARD_ROLES as readonly string[]).includes(role);

interface Change {
  id: number;
  createdAt: Date;
  name: string;
  added: string[];
  removed: string[];
}

function boardChange(row: {
  id: number;
  createdAt: Date;
  before: string;
  after: string;
  member: { displayName: string };
}): Change | undefined {
  const before = (JSON.parse(row.before) as string[]).filter(isBoard);
  const after = (JSON.parse(row.after) as string[]).filter(isBoard);
  const added = after.filter((r) => !before.includes(r));
  const removed = before.filter((r) => !after.includes(r));
  return added.length || removed.length
    ? { id: row.id, createdAt: row.createdAt, name: row.member.displayName, added, removed }
    : undefined;
}

/**
 * Reads the role changes since the last pass. The first pass only notes where the log ends: the board as the
 * bot first finds it (the first import of the member file) is taken as declared. Returns the changes read.
 */
export async function readBoardChanges(gov: Governance): Promise<number> {
  const rule = gov.files.rules.find((r) => "boardChange" in r.due);
  const { db } = gov.services;
  // Most passes find nothing new: they read without a transaction, which costs a connection with libSQL.
  const seen = await db.governanceCursor.findUnique({ where: { name: CURSOR } });
  const newest = (await db.roleChange.aggregate({ _max: { id: true } }))._max.id ?? 0;
  if (seen && newest <= seen.position) return 0;
  return db.$transaction(async (tx) => {
    const cursor = await tx.governanceCursor.findUnique({ where: { name: CURSOR } });
    const last = (await tx.roleChange.aggregate({ _max: { id: true } }))._max.id ?? 0;
    if (!cursor) {
      await tx.governanceCursor.create({ data: { name: CURSOR, position: last } });
      return 0;
    }
    if (last <= cursor.position) return 0;
    const rows = await tx.roleChange.findMany({
      where: { id: { gt: cursor.position, lte: last } },
      orderBy: { id: "asc" },
      include: { member: { select: { displayName: true } } },
    });
    await tx.governanceCursor.update({ where: { name: CURSOR }, data: { position: last } });
    const changes = rows.flatMap((row) => boardChange(row) ?? []);
    if (rule && changes.length) await declare(gov, tx, rule, changes);
    return changes.length;
  });
}

async function declare(gov: Governance, tx: Prisma.TransactionClient, rule: GovernanceRule, changes: Change[]) {
  const now = gov.services.clock.now();
  const locale = gov.services.config.defaultLocale;
  const lines = changes.map((c) => describe(gov, c, locale)).join("\n");
  const open = await tx.governanceTask.findFirst({
    where: { ruleKey: rule.key, status: "open" },
    orderBy: { dueAt: "asc" },
  });
  const detail = { roleChanges: changes.map((c) => c.id) };
  if (open) {
    await tx.governanceTask.update({
      where: { id: open.id },
      data: { description: `${open.description ?? ""}\n${lines}` },
    });
    await recordEvent(tx, open.id, "board_change", now, detail);
    return;
  }
  const first = changes[0]!;
  const due = "boardChange" in rule.due ? rule.due : { offsetMonths: 3, offsetDays: 0 };
  const day = gov.clock.shift(gov.clock.dayOf(first.createdAt), {
    months: due.offsetMonths ?? 3,
    days: due.offsetDays ?? 0,
  });
  const seed = fromRule(rule, locale, {});
  const task = await tx.governanceTask.create({
    data: {
      ...seed,
      key: `${rule.key}:${first.id}`,
      description: `${seed.description}\n${lines}`,
      dueAt: gov.clock.closeOf(day),
      createdAt: now,
    },
  });
  await recordEvent(tx, task.id, "created", now, { source: "board-change", ...detail });
}

function describe(gov: Governance, change: Change, locale: Locale): string {
  const label = (role: string) => gov.services.memberVocabulary.roles.label(role, locale);
  const t = gov.services.messages.translator(locale);
  return t("governance.boardChange.line", {
    name: change.name,
    date: formatDate(change.createdAt, locale, gov.zone),
    added: change.added.map(label).join(", ") || "—",
    removed: change.removed.map(label).join(", ") || "—",
  });
}
