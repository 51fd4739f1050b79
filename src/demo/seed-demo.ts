import type { Services } from "../core/services.ts";
import type { Database } from "../db/client.ts";
import {
  formatImport,
  importDirectory,
  localToday,
  readDirectoryFile,
} from "../features/orientation/directory/index.ts";
import { DEMO_DIRECTORY_FILE } from "../paths.ts";
import { CONSOLE_WORKSPACE, PERSONAS, type Persona } from "./personas.ts";
import { seedDemoTrainings } from "./trainings.ts";

export interface DemoSeedResult {
  members: number;
  trainings: number;
  /** Resources imported from content/directory.yaml; 0 when the directory already had entries. */
  resources: number;
}

/**
 * Seeds the fictional demo network "Réseau Santé 94 Ouest (démo)" into the embedded database:
 * personas, trainings, and the directory when it is empty. Idempotent, and what exists is left as
 * it is, so changes made while trying the bot survive a restart.
 */
export async function seedDemo(
  services: Pick<Services, "db" | "clock" | "config" | "territory" | "resourceTypes">,
): Promise<DemoSeedResult> {
  const { db, clock, config, territory, resourceTypes } = services;
  const members = (await seedDemoMembers(db)).created;
  const trainings = await seedDemoTrainings(db, clock.now(), config.timezone);
  let resources = 0;
  if ((await db.careResource.count()) === 0) {
    const parsed = await readDirectoryFile(DEMO_DIRECTORY_FILE);
    const outcome = await importDirectory(
      db,
      { territory, types: resourceTypes, today: localToday(clock.now(), config.timezone) },
      parsed,
    );
    if (!outcome.ok)
      throw new Error(`The demo directory is invalid:\n${formatImport(outcome, parsed.file).join("\n")}`);
    resources = outcome.value.plan.create.length;
  }
  return { members, trainings, resources };
}

/** The demo personas (by e-mail): a persona that exists is left as it is. */
export async function seedDemoMembers(db: Database): Promise<{ created: number }> {
  let created = 0;
  for (const persona of PERSONAS) {
    if (await db.member.findUnique({ where: { email: persona.email } })) continue;
    await createPersona(db, persona);
    created++;
  }
  return { created };
}

async function createPersona(db: Database, persona: Persona): Promise<void> {
  await db.member.create({
    data: {
      displayName: persona.displayName,
      status: "active",
      profession: persona.profession,
      email: persona.email,
      phone: persona.phone,
      quietHoursStart: persona.quietHours?.start ?? null,
      quietHoursEnd: persona.quietHours?.end ?? null,
      roles: { create: persona.roles.map((role) => ({ role })) },
      communes: { create: persona.communes.map((communeCode) => ({ communeCode })) },
      tags: { create: persona.tags ?? [] },
      identities: {
        create: [
          {
            channel: "console",
            workspaceId: CONSOLE_WORKSPACE,
            externalUserId: persona.key,
            displayName: persona.displayName,
          },
        ],
      },
    },
  });
}
