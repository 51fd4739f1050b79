/**
 * The missions data file: the catalogue kept as a YAML or CSV file (format: content/missions.yaml's
 * header), imported by `npm run missions:import`; the demo seed imports content/missions.yaml.
 *
 * `missionFile.read(path)` → `importMissions(db, { territory, vocabulary, zone, now }, parsed, { dryRun })`.
 */

export { formatMissionImport } from "./format-mission-import.ts";
export { importMissions, type MissionImportOutcome } from "./import-missions.ts";
export { missionFile } from "./mission-file.ts";
