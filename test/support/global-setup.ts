import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyPendingMigrations } from "../../src/db/migrations.ts";

/** Migrates one template database per run; each test copies it instead of migrating again. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), "bot-test-template-"));
  const file = path.join(dir, "template.db");
  await applyPendingMigrations(`file:${file}`);
  project.provide("templateDatabase", file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
