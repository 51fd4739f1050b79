// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema diff.
import { createMigration } from "../src/db/migrations.ts";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}
try {
  const dir = await createMigration(name);
  console.log(dir ? `Wrote ${dir}/migration.sql` : "The schema and the migrations already agree: nothing to write.");
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
