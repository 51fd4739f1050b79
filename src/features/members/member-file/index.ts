/**
 * The member file: who the network's members are, their roles, mandates, communes, skills and
 * motivations, kept by the coordination team in a YAML or CSV file (format: content/members.yaml's
 * header) and imported by `npm run members:import`; the demo seed imports content/members.yaml.
 *
 * `readMemberFile` → `importMembers(db, { territory, vocabulary, today }, parsed, { now, dryRun, deactivateMissing })`.
 */

export { formatMemberImport } from "./format-member-import.ts";
export { importMembers, type MemberImport, type MemberImportOutcome } from "./import-members.ts";
export { type MemberEntry, type MemberProblem, memberFile, type ParsedMemberFile } from "./member-file.ts";
export type { MemberChange, MemberPlan } from "./plan-members.ts";
export { type MemberFileContext, validateMembers } from "./validate-members.ts";
