// Generates the Prisma client without network access.
// `prisma generate` only checks that a schema-engine binary exists (it never runs it), but without one it
// tries to download it from Prisma's host, unreachable offline. Point it at any existing file unless the
// environment already names a real engine. Migrations do not use that binary: see src/db/schema-engine.ts.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
