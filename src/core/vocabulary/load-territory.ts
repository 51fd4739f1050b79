import path from "node:path";
import { z } from "zod";
import { DataFileError, readYamlFile } from "../../util/data-file.ts";
import { Territory } from "./territory.ts";

const communeSchema = z.strictObject({
  code: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, "must be a 5-character INSEE code"),
  name: z.string().min(1),
  postalCodes: z.array(z.string().regex(/^\d{5}$/, "must be a 5-digit postal code")).default([]),
  variants: z.array(z.string().min(1)).default([]),
  neighbours: z.array(z.string()).default([]),
});

const fileSchema = z.strictObject({ communes: z.array(communeSchema).min(1) });

const communesFile = (intentsDir: string) => path.join(intentsDir, "entities", "communes.yaml");

/** Loads and checks the territory: unique codes, neighbours that exist and are mutual. */
export async function loadTerritory(intentsDir: string): Promise<Territory> {
  const file = communesFile(intentsDir);
  const { communes } = await readYamlFile(file, fileSchema);
  const codes = new Set(communes.map((c) => c.code));
  const problems: string[] = [];
  const seen = new Set<string>();
  communes.forEach((commune, i) => {
    if (seen.has(commune.code)) problems.push(`communes[${i}] (${commune.name}): code ${commune.code} is used twice`);
    seen.add(commune.code);
    for (const n of commune.neighbours) {
      const other = communes.find((c) => c.code === n);
      if (!codes.has(n)) problems.push(`communes[${i}] (${commune.name}): neighbour ${n} is not a commune of the file`);
      else if (!other?.neighbours.includes(commune.code)) {
        problems.push(`communes[${i}] (${commune.name}): neighbour ${n} (${other?.name}) does not list it back`);
      }
    }
  });
  if (problems.length) throw new DataFileError(path.relative(process.cwd(), file), problems);
  return new Territory(communes);
}
