import { DateTime } from "luxon";
import type { Database } from "../db/client.ts";
import type { TrainingKind } from "../generated/prisma/enums.ts";

interface DemoTraining {
  key: string;
  title: string;
  kind: TrainingKind;
  description: string;
  /** Days after the seed, at `time` in the network's zone: the demo always has upcoming trainings. */
  inDays: number;
  time: string;
  hours: number;
  place?: string;
  online?: boolean;
  seats?: number;
  registrationInfo: string;
}

/** Fictional trainings of the demo network. */
const DEMO_TRAININGS: DemoTraining[] = [
  {
    key: "demo-soiree-douleur",
    title: "Douleur et fin de vie à domicile",
    kind: "multiprofessional_evening",
    description:
      "Soirée pluriprofessionnelle : cas cliniques présentés par l'équipe mobile de soins palliatifs (démo).",
    inDays: 9,
    time: "19:30",
    hours: 2,
    place: "Maison des associations, Villejuif (démo)",
    seats: 30,
    registrationInfo: "Inscription dans le chat ; repas offert.",
  },
  {
    key: "demo-gap-infirmiers",
    title: "Groupe d'analyse de pratiques infirmières",
    kind: "practice_analysis",
    description: "Analyse de situations vécues, animée par une psychologue du réseau (démo).",
    inDays: 16,
    time: "13:30",
    hours: 2,
    online: true,
    seats: 12,
    registrationInfo: "Lien de visioconférence envoyé la veille.",
  },
  {
    key: "demo-lit-patient-had",
    title: "Au lit du patient : pompes et voies veineuses en HAD",
    kind: "bedside",
    description: "Formation pratique au domicile d'un patient volontaire, avec une infirmière d'HAD (démo).",
    inDays: 23,
    time: "10:00",
    hours: 3,
    place: "Vitry-sur-Seine (adresse communiquée aux inscrits)",
    seats: 4,
    registrationInfo: "Quatre places par session.",
  },
  {
    key: "demo-evaluation-directives",
    title: "Directives anticipées : évaluer nos pratiques",
    kind: "evaluative",
    description: "Formation évaluative (audit de dossiers anonymisés), validante DPC (démo).",
    inDays: 37,
    time: "09:00",
    hours: 7,
    place: "Hôpital de jour, Ivry-sur-Seine (démo)",
    seats: 16,
    registrationInfo: "Inscription DPC en parallèle.",
  },
];

/** Creates the demo trainings that do not exist yet (by key), dated from `now`. */
export async function seedDemoTrainings(db: Database, now: Date, zone: string): Promise<number> {
  let created = 0;
  for (const demo of DEMO_TRAININGS) {
    if (await db.training.findUnique({ where: { key: demo.key } })) continue;
    const [hour, minute] = demo.time.split(":").map(Number) as [number, number];
    const start = DateTime.fromJSDate(now, { zone })
      .plus({ days: demo.inDays })
      .set({ hour, minute, second: 0, millisecond: 0 });
    await db.training.create({
      data: {
        key: demo.key,
        title: demo.title,
        kind: demo.kind,
        description: demo.description,
        startsAt: start.toJSDate(),
        endsAt: start.plus({ hours: demo.hours }).toJSDate(),
        place: demo.place ?? null,
        online: demo.online ?? false,
        seats: demo.seats ?? null,
        registrationInfo: demo.registrationInfo,
      },
    });
    created++;
  }
  return created;
}
