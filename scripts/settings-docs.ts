// npm run docs:settings: writes .env.example and the README's configuration table from the settings' definitions.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { FeatureRegistry } from "../src/core/registry.ts";
import { features } from "../src/features/index.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { allSettings, envExample, settingsTable, withSettingsTable } from "../src/settings-docs.ts";

const groups = allSettings(new FeatureRegistry(features));
const readmeFile = path.join(PROJECT_ROOT, "README.md");
await writeFile(path.join(PROJECT_ROOT, ".env.example"), envExample(groups));
await writeFile(readmeFile, withSettingsTable(await readFile(readmeFile, "utf8"), settingsTable(groups)));
console.log("Wrote .env.example and the configuration table of README.md.");
