import { fail, ok, type Result } from "../../core/errors.ts";
import type { Database, Training } from "../../core/persistence.ts";

export type RegisterError =
  | "trainings.error.notFound"
  | "trainings.error.past"
  | "trainings.error.full"
  | "trainings.error.already";

/** A training as a member sees it in the list: seats left and whether they are registered. */
export interface TrainingView {
  training: Training;
  /** Null when the training has no seat limit. */
  seatsLeft: number | null;
  registered: boolean;
}

/** Trainings and who registered for them; seats are never overbooked. */
export class TrainingRegistrations {
  constructor(private readonly db: Database) {}

  /** The next trainings from `now`, soonest first. */
  async upcoming(now: Date, memberId: number, limit: number): Promise<TrainingView[]> {
    const trainings = await this.db.training.findMany({
      where: { startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      take: limit,
      include: { registrations: { where: { status: "registered" }, select: { memberId: true } } },
    });
    return trainings.map(({ registrations, ...training }) => ({
      training,
      seatsLeft: training.seats === null ? null : Math.max(0, training.seats - registrations.length),
      registered: registrations.some((r) => r.memberId === memberId),
    }));
  }

  /** Registers the member if a seat is left; a cancelled registration can be renewed. */
  register(trainingId: number, memberId: number, now: Date): Promise<Result<Training, RegisterError>> {
    return this.db.$transaction(async (tx) => {
      const training = await tx.training.findUnique({ where: { id: trainingId } });
      if (!training) return fail("trainings.error.notFound");
      if (training.startsAt <= now) return fail("trainings.error.past", { title: training.title });
      const existing = await tx.trainingRegistration.findUnique({
        where: { trainingId_memberId: { trainingId, memberId } },
      });
      if (existing?.status === "registered") return fail("trainings.error.already", { title: training.title });
      const taken = await tx.trainingRegistration.count({ where: { trainingId, status: "registered" } });
      if (training.seats !== null && taken >= training.seats)
        return fail("trainings.error.full", { title: training.title });
      await tx.trainingRegistration.upsert({
        where: { trainingId_memberId: { trainingId, memberId } },
        create: { trainingId, memberId, createdAt: now },
        update: { status: "registered" },
      });
      return ok(training);
    });
  }

  /** Cancels the member's registration; false when there was none. */
  async unregister(trainingId: number, memberId: number): Promise<Training | null> {
    const { count } = await this.db.trainingRegistration.updateMany({
      where: { trainingId, memberId, status: "registered" },
      data: { status: "cancelled" },
    });
    return count ? this.db.training.findUnique({ where: { id: trainingId } }) : null;
  }
}
