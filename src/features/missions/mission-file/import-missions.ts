// Applies a missions file in one transaction, or nothing at all: missions created (as drafts, or
// published) or changed by key, each change in the mission's history; those no longer listed reported,
// never deleted.
import type { Database, Prisma } from "../../../core/persistence.ts";
import { type Change, createMission, editMission } from "../catalogue/mission-store.ts";
import { followEdit } from "../engine/after-edit.ts";
import { type EngineDeps, openInTransaction } from "../engine/lifecycle.ts";
import type { MissionProblem, ParsedMissionFile } from "./mission-file.ts";
import { type MissionPlan, planMissions } from "./plan-missions.ts";
import { type MissionFileContext, validateMissions } from "./validate-missions.ts";

type Client = Database | Prisma.TransactionClient;

/** A missions file imported (or, with `dryRun`, what importing it would do). */
export interface MissionImport {
  file: string;
  plan: MissionPlan;
  warnings: MissionProblem[];
  /** False for a dry run: nothing was written. */
  applied: boolean;
}

export type MissionImportOutcome =
  | { ok: true; value: MissionImport }
  | { ok: false; error: "missions.invalid"; problems: MissionProblem[]; warnings: MissionProblem[] };

const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Validates a parsed missions file and, when every row is valid and agrees with the database, applies
 * it in one transaction. A file with any problem changes nothing.
 */
export async function importMissions(
  deps: EngineDeps,
  context: MissionFileContext,
  parsed: ParsedMissionFile,
  options: { dryRun?: boolean } = {},
): Promise<MissionImportOutcome> {
  const { db } = deps;
  const { entries, problems } = validateMissions(parsed, context);
  if (problems.length) return { ok: false, error: "missions.invalid", problems, warnings: [] };
  const prepare = async (client: Client) => {
    const stored = await client.mission.findMany({ where: { key: { not: null } }, include: { tags: true } });
    const team = await client.member.findMany({
      where: { status: "active", roles: { some: { role: { in: ["coordinator", "director"] } } } },
      select: { id: true, key: true, email: true },
    });
    const planned = planMissions(stored, team, entries, context.now);
    const locate = ({ entry, ...problem }: (typeof planned.problems)[number]): MissionProblem => ({
      file: parsed.file,
      key: entry.key,
      ...problem,
    });
    return { plan: planned.plan, problems: planned.problems.map(locate), warnings: planned.warnings.map(locate) };
  };
  const prepared = options.dryRun
    ? await prepare(db)
    : await db.$transaction(
        async (tx) => {
          const ready = await prepare(tx);
          if (!ready.problems.length)
            await applyPlan(deps, tx, ready.plan, { actorId: null, now: context.now, source: "import" });
          return ready;
        },
        { timeout: TRANSACTION_TIMEOUT_MS },
      );
  const { plan, warnings } = prepared;
  if (prepared.problems.length) return { ok: false, error: "missions.invalid", problems: prepared.problems, warnings };
  return { ok: true, value: { file: parsed.file, plan, warnings, applied: !options.dryRun } };
}

/** Creates and edits the missions; those published are opened by the engine, in the same transaction. */
async function applyPlan(deps: EngineDeps, tx: Prisma.TransactionClient, plan: MissionPlan, change: Change) {
  const open = async (missionId: number) => {
    const source = change.source ? { detail: { source: change.source } } : {};
    const input = { missionId, actorId: change.actorId, now: change.now, ...source };
    const opened = await openInTransaction(deps, tx, input);
    if (!opened.ok) throw new Error(`Mission ${missionId} cannot open (${opened.error}), though its row was checked`);
  };
  for (const { entry, fields } of plan.create) {
    const mission = await createMission(tx, fields, change, entry.key);
    if (entry.open) await open(mission.id);
  }
  for (const { id, fields, changed, open: opens } of plan.update) {
    if (changed.length) {
      await editMission(tx, id, fields, change);
      await followEdit(deps, tx, { missionId: id, now: change.now });
    }
    if (opens) await open(id);
  }
}
