import { existsSync } from "node:fs";
import path from "node:path";

/** Loads `.env` from the current folder when there is one (Node's own parser; no dependency). */
export function loadDotEnv(file = path.resolve(".env")): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
