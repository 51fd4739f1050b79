// Who a task's message goes to: a position resolves to whoever holds it when the message leaves. The ladder:
// the owner, then the secrétaire général, then the président(s) and the director. A vacant owner position passes
// the owner's messages up the ladder at once; a later step with nobody to tell (the secrétaire général's post
// vacant, or the secrétaire owning the task) is skipped, and the next step comes at its own time.
import type { Database } from "../../../core/persistence.ts";
import { BOARD_ROLES } from "../roles.ts";
import { type GovernanceTask, holdersOf } from "../tasks/task-store.ts";
import type { TaskMessage } from "./plan.ts";

export interface Recipient {
  id: number;
  displayName: string;
}

const LADDER = [["board_secretary"], ["board_president", "director"]] as const;

/** The owner: the member named, else the holders of the position (the whole board for some rules). */
async function ownersOf(
  db: Database,
  task: Pick<GovernanceTask, "ownerId" | "ownerRole">,
  wholeBoard = false,
): Promise<Recipient[]> {
  if (wholeBoard) return holdersOf(db, BOARD_ROLES);
  if (task.ownerId) {
    const owner = await db.member.findFirst({
      where: { id: task.ownerId, status: "active" },
      select: { id: true, displayName: true },
    });
    if (owner) return [owner];
  }
  return task.ownerRole ? holdersOf(db, [task.ownerRole]) : [];
}

/**
 * The recipients of one message. An escalation step tells only those the steps below did not: a secrétaire
 * who owns the task is not told twice. A step with nobody to tell (vacant, or everyone already told) is empty.
 */
export async function recipientsOf(
  db: Database,
  task: Pick<GovernanceTask, "ownerId" | "ownerRole">,
  message: TaskMessage,
  wholeBoard: boolean,
): Promise<Recipient[]> {
  const steps: Recipient[][] = [await ownersOf(db, task, wholeBoard)];
  for (const roles of LADDER) steps.push(await holdersOf(db, roles));
  // A vacant position: its messages go to the first step with someone in it.
  const level = message.kind === "overdue" ? message.level - 1 : 0;
  const firstStaffed = steps.findIndex((s) => s.length > 0);
  if (level === 0) return firstStaffed < 0 ? [] : steps[firstStaffed]!;
  const below = new Set(steps.slice(0, level).flatMap((s) => s.map((r) => r.id)));
  return steps[level]!.filter((r) => !below.has(r.id));
}
