// The demo's missions: content/missions.yaml imported as `npm run missions:import` would, its dates moved
// by whole weeks when the first one is less than a week away, so that the demo always has missions to
// come, on the same weekdays and at the same hours.
import { DateTime } from "luxon";
import type { Services } from "../core/services.ts";
import { MISSION_JOBS } from "../features/missions/engine/follow-ups.ts";
import { formatMissionImport, importMissions, missionFile } from "../features/missions/mission-file/index.ts";
import { DEMO_MISSIONS_FILE } from "../paths.ts";

/** The first demo mission starts at least this many days after the seed. */
const LEAD_DAYS = 7;
const DATED_FIELDS = ["when", "ends", "respondBy"];
const DAY = /\b(\d{4}-\d{2}-\d{2})\b/g;

type SeedServices = Pick<Services, "db" | "clock" | "config" | "scheduler" | "territory" | "memberVocabulary">;

/** Imports the demo missions into a database that has none (the published ones open); returns how many were created. */
export async function seedDemoMissions(services: SeedServices): Promise<number> {
  const { db, clock, config, territory, memberVocabulary } = services;
  // Published missions start the engine's jobs: without the missions feature, no missions.
  if (!services.scheduler.runs(MISSION_JOBS.match) || (await db.mission.count()) > 0) return 0;
  const parsed = await missionFile.read(DEMO_MISSIONS_FILE);
  const now = clock.now();
  const weeks = weeksToShift(parsed.rows, now, config.timezone);
  const rows = parsed.rows.map((row) => ({
    ...row,
    fields: new Map(
      [...row.fields].map(([field, raw]) => [
        field,
        DATED_FIELDS.includes(field) && typeof raw.value === "string"
          ? { ...raw, value: shift(raw.value, weeks) }
          : raw,
      ]),
    ),
  }));
  const context = { territory, vocabulary: memberVocabulary, zone: config.timezone, now };
  const outcome = await importMissions(services, context, { ...parsed, rows });
  if (!outcome.ok)
    throw new Error(`The demo missions file is invalid:\n${formatMissionImport(outcome, parsed.file).join("\n")}`);
  return outcome.value.plan.create.length;
}

/** Whole weeks that put the first mission at least LEAD_DAYS after `now` (0 when it already is). */
function weeksToShift(rows: { fields: ReadonlyMap<string, { value: unknown }> }[], now: Date, zone: string): number {
  const days = rows.flatMap((row) => {
    const when = row.fields.get("when")?.value;
    return typeof when === "string" ? [...when.matchAll(DAY)].map((m) => m[1]!) : [];
  });
  const first = days.sort()[0];
  if (!first) return 0;
  const earliest = DateTime.fromJSDate(now, { zone }).startOf("day").plus({ days: LEAD_DAYS });
  const gap = earliest.diff(DateTime.fromISO(first, { zone }), "days").days;
  return gap > 0 ? Math.ceil(gap / 7) : 0;
}

const shift = (text: string, weeks: number): string =>
  weeks ? text.replace(DAY, (day) => DateTime.fromISO(day).plus({ weeks }).toISODate()!) : text;
