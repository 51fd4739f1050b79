// npm run slack:manifest: writes the slash commands of slack/manifest.yml from the installed features.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { manifestCommands, withCommands } from "../src/channels/slack/slack-manifest.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { features } from "../src/features/index.ts";
import { PROJECT_ROOT } from "../src/paths.ts";

const file = path.join(PROJECT_ROOT, "slack", "manifest.yml");
const registry = new FeatureRegistry(features);
const before = await readFile(file, "utf8");
const after = withCommands(before, manifestCommands(registry, registry.messages, "fr"));
if (after === before) console.log("slack/manifest.yml already lists every command.");
else {
  await writeFile(file, after);
  console.log("Wrote the slash commands of slack/manifest.yml.");
}
