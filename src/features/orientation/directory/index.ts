/**
 * The care-resource directory: whom to call for a patient in a commune. Coordinators maintain it in a
 * YAML or CSV file (format: content/directory.yaml's header) imported by `npm run directory:import`;
 * the orientation conversation searches it.
 *
 * Import (script, demo seed): `readDirectoryFile` → `importDirectory(db, { territory, types, today }, parsed)`.
 * Conversation: `searchDirectory`, `typesInCommune`, `suggestCommunes`.
 */

export { localToday } from "../../../util/row-file/field-formats.ts";
export {
  type DirectoryProblem,
  type DirectoryProblemCode,
  formatProblem,
  type ParsedDirectory,
} from "./directory-file.ts";
export {
  type CommuneSuggestion,
  suggestCommunes,
  type TypeAvailability,
  typesInCommune,
} from "./directory-overview.ts";
export { formatImport } from "./format-import.ts";
export { type DirectoryImport, type ImportOutcome, importDirectory } from "./import-directory.ts";
export type { ChangedField, DirectoryPlan } from "./plan-changes.ts";
export { parseDirectory, readDirectoryFile } from "./read-directory-file.ts";
export {
  coversWholeTerritory,
  type DirectoryHit,
  type DirectoryPage,
  type DirectoryQuery,
  type DirectoryResource,
  type MatchReason,
  searchDirectory,
} from "./search-directory.ts";
export { type DirectoryContext, type DirectoryEntry, validateDirectory } from "./validate-directory.ts";
