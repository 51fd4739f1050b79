// Reads content/association.yaml and content/governance-rules.yaml. Every problem is reported at once, as
// `file:line field: reason`, the way the directory and member imports report theirs; the bot does not start
// on a wrong file.
import path from "node:path";
import type { z } from "zod";
import { DataFileError, readLocatedYamlFile } from "../../../util/data-file.ts";
import { type AssociationConfig, associationSchema } from "./association-file.ts";
import { type GovernanceRule, rulesSchema } from "./rules-file.ts";

export interface GovernanceFiles {
  association: AssociationConfig;
  rules: readonly GovernanceRule[];
}

const ASSOCIATION_FILE = "association.yaml";
const RULES_FILE = "governance-rules.yaml";

/** "line 12, rules[3].owner: reason" (the data-file reader's form) → "file:12 rules[3].owner: reason". */
const located = (file: string) => (problem: string) => {
  const match = /^line (\d+), (.*)$/s.exec(problem);
  return match ? `${file}:${match[1]} ${match[2]}` : `${file}: ${problem}`;
};

async function readChecked<T>(file: string, schema: z.ZodType<T>, root: string, problems: string[]) {
  try {
    return (await readLocatedYamlFile(file, schema, root)).data;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    problems.push(...error.problems.map(located(error.file)));
    return undefined;
  }
}

/** Both files of `contentDir`, checked; throws a {@link DataFileError} naming every problem. */
export async function loadGovernanceFiles(contentDir: string): Promise<GovernanceFiles> {
  const root = path.dirname(contentDir);
  const problems: string[] = [];
  const association = await readChecked(path.join(contentDir, ASSOCIATION_FILE), associationSchema, root, problems);
  const rules = await readChecked(path.join(contentDir, RULES_FILE), rulesSchema, root, problems);
  if (problems.length || !association || !rules) {
    throw new DataFileError(path.relative(root, contentDir) || contentDir, problems);
  }
  return { association, rules: rules.rules };
}
