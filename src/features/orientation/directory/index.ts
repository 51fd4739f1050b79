/**
 * The care-resource directory: whom to call for a patient in a commune. Coordinators maintain it in a
 * YAML or CSV file (format: content/directory.yaml's header) imported by `npm run directory:import`;
 * the orientation conversation searches it.
 *
 * Import (script, demo seed): `readDirectoryFile` → `importDirectory(db, { territory, types, today }, parsed)`.
 * Conversation: `searchDirectory`, `typesInCommune`, `suggestCommunes`, `getDirectoryResource`.
 */
export {
  DIRECTORY_FIELDS,
  formatProblem,
  type DirectoryProblem,
  type DirectoryProblemCode,
  type ParsedDirectory,
} from "./directory-file.ts";
export { localToday } from "./field-formats.ts";
export { formatImport } from "./format-import.ts";
export { importDirectory, type DirectoryImport, type ImportOutcome } from "./import-directory.ts";
export { planCounts, type ChangedField, type DirectoryPlan } from "./plan-changes.ts";
export { DEMO_DIRECTORY_FILE, parseDirectory, readDirectoryFile } from "./read-directory-file.ts";
export {
  DEFAULT_PAGE_SIZE,
  coversWholeTerritory,
  getDirectoryResource,
  searchDirectory,
  type DirectoryHit,
  type DirectoryPage,
  type DirectoryQuery,
  type DirectoryResource,
  type MatchReason,
} from "./search-directory.ts";
export { suggestCommunes, typesInCommune, type CommuneSuggestion, type TypeAvailability } from "./directory-overview.ts";
export { validateDirectory, type DirectoryContext, type DirectoryEntry } from "./validate-directory.ts";
