// npm run docs: writes what the documentation says of the code from the code itself: .env.example, the
// README's settings and permissions tables, and the slash commands of slack/manifest.yml.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { manifestCommands, withCommands } from "../src/channels/slack/slack-manifest.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { permissionsTable } from "../src/docs/permissions.ts";
import { withSection } from "../src/docs/readme-sections.ts";
import { allSettings, envExample, settingsTable } from "../src/docs/settings.ts";
import { features } from "../src/features/index.ts";
import { PROJECT_ROOT } from "../src/paths.ts";

const registry = new FeatureRegistry(features);
const groups = allSettings(registry);
const write = async (file: string, change: (text: string) => string) => {
  const target = path.join(PROJECT_ROOT, file);
  const before = await readFile(target, "utf8").catch(() => "");
  const after = change(before);
  if (after !== before) await writeFile(target, after);
  console.log(`${file}: ${after === before ? "up to date" : "written"}`);
};
await write(".env.example", () => envExample(groups));
await write("README.md", (readme) =>
  withSection(
    withSection(readme, "settings-table", settingsTable(groups)),
    "permissions-table",
    permissionsTable(registry),
  ),
);
await write("slack/manifest.yml", (manifest) =>
  withCommands(manifest, manifestCommands(registry, registry.messages, "fr")),
);
