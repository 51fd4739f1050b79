// The demo board's own tasks and meetings, beside the compliance calendar the governance feature computes from
// content/association.yaml: a monthly recurring task, a late one (to see the escalation), a bureau and a CA.
import { DateTime } from "luxon";
import type { Database } from "../db/client.ts";

/** Idempotent: what exists (by key, or a demo meeting already planned) is left as it is. */
export async function seedDemoGovernance(db: Database, now: Date, zone: string): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone }).startOf("day");
  const at = (days: number, hour: number, minute = 0) => today.plus({ days }).set({ hour, minute }).toJSDate();
  const tasks = [
    {
      key: "demo:bureau-agenda",
      title: "Préparer l'ordre du jour du bureau mensuel",
      category: "instances" as const,
      ownerRole: "board_secretary" as const,
      dueAt: at(5, 18),
      leadDays: "3,1",
      recurrence: "FREQ=MONTHLY",
    },
    {
      key: "demo:convention-vitry",
      title: "Signer la convention 2027 avec la Ville de Vitry-sur-Seine",
      category: "funders" as const,
      ownerRole: "board_president" as const,
      dueAt: at(-3, 18),
      leadDays: "7,1",
      legalReference: "Convention de subvention (démo)",
    },
  ];
  let created = 0;
  for (const task of tasks) {
    if (await db.governanceTask.findUnique({ where: { key: task.key } })) continue;
    await db.governanceTask.create({ data: { ...task, createdAt: at(-20, 9) } });
    created++;
  }
  if ((await db.meeting.count({ where: { title: { endsWith: "(démo)" } } })) === 0) {
    const nextTuesday = today.plus({ days: ((2 - today.weekday + 7) % 7) + 7 });
    await db.meeting.createMany({
      data: [
        {
          kind: "bureau",
          title: "Bureau mensuel (démo)",
          startsAt: nextTuesday.set({ hour: 18, minute: 30 }).toJSDate(),
          endsAt: nextTuesday.set({ hour: 20 }).toJSDate(),
          place: "Siège du réseau, 12 rue de la Démo, Villejuif",
          videoLink: "https://visio.example.org/bureau-demo",
        },
        {
          kind: "ca",
          title: "Conseil d'administration (démo)",
          startsAt: nextTuesday.plus({ days: 21 }).set({ hour: 19 }).toJSDate(),
          endsAt: nextTuesday.plus({ days: 21 }).set({ hour: 21 }).toJSDate(),
          place: "Hôpital Paul-Brousse (démo), salle 3",
        },
      ],
    });
    created += 2;
  }
  return created;
}
