import type { Services } from "../core/services.ts";
import type { Database } from "../db/client.ts";
import { formatMemberImport, importMembers, memberFile } from "../features/members/member-file/index.ts";
import {
  formatImport,
  importDirectory,
  localToday,
  readDirectoryFile,
} from "../features/orientation/directory/index.ts";
import { DEMO_DIRECTORY_FILE, DEMO_MEMBERS_FILE } from "../paths.ts";
import { seedDemoGovernance } from "./governance.ts";
import { seedDemoMissions } from "./missions.ts";
import { CONSOLE_WORKSPACE, PERSONA_MEMBER_KEYS } from "./personas.ts";
import { seedDemoTrainings } from "./trainings.ts";

export interface DemoSeedResult {
  /** Members imported from content/members.yaml; 0 when the database already had members. */
  members: number;
  trainings: number;
  /** Missions imported from content/missions.yaml; 0 when the database already had missions. */
  missions: number;
  /** Resources imported from content/directory.yaml; 0 when the directory already had entries. */
  resources: number;
  /** The demo board's own tasks and meetings (the compliance calendar is the governance feature's). */
  governance: number;
}

type SeedServices = Pick<
  Services,
  "db" | "clock" | "config" | "scheduler" | "territory" | "resourceTypes" | "memberVocabulary"
>;

/**
 * Seeds the fictional demo network "Réseau Santé 94 Ouest (démo)" into the embedded database:
 * members (the personas among them), trainings, missions, the board's own governance tasks and meetings, and the
 * directory when it is empty. Idempotent, and what exists is left as it is, so changes made while trying the bot
 * survive a restart.
 */
export async function seedDemo(services: SeedServices): Promise<DemoSeedResult> {
  const { db, clock, config, territory, resourceTypes } = services;
  const members = (await seedDemoMembers(services)).created;
  const trainings = await seedDemoTrainings(db, clock.now(), config.timezone);
  const missions = await seedDemoMissions(services);
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
  const governance = await seedDemoGovernance(db, clock.now(), config.timezone);
  return { members, trainings, missions, resources, governance };
}

/**
 * Imports the demo member file (content/members.yaml) into a database that has no member yet, as
 * `npm run members:import` would, then gives each persona the console identity `/as <persona>` speaks
 * as. Idempotent: members and identities that exist are left as they are; a persona no longer there
 * (erased while trying the bot) is imported again from the file, alone.
 */
export async function seedDemoMembers(
  services: Pick<SeedServices, "db" | "clock" | "config" | "territory" | "memberVocabulary">,
): Promise<{ created: number }> {
  const { db, clock, config, territory, memberVocabulary } = services;
  const parsed = await memberFile.read(DEMO_MEMBERS_FILE);
  await keyEarlierPersonas(db, parsed.rows);
  const present = new Set(
    (await db.member.findMany({ where: { key: { not: null } }, select: { key: true } })).map((m) => m.key),
  );
  const personas = PERSONA_MEMBER_KEYS.map((p) => p.memberKey).filter((key) => !present.has(key));
  const rows =
    (await db.member.count()) === 0
      ? parsed.rows
      : parsed.rows.filter((row) => personas.includes(String(row.fields.get("key")?.value)));
  let created = 0;
  if (rows.length) {
    const today = localToday(clock.now(), config.timezone);
    const outcome = await importMembers(
      db,
      { territory, vocabulary: memberVocabulary, today },
      { ...parsed, rows },
      {
        now: clock.now(),
      },
    );
    if (!outcome.ok)
      throw new Error(`The demo member file is invalid:\n${formatMemberImport(outcome, parsed.file).join("\n")}`);
    created = outcome.value.plan.create.length;
  }
  await giveConsoleIdentities(db);
  return { created };
}

/**
 * A demo database seeded before the member file existed holds the personas without a key: each gets
 * the key of the row with their e-mail, so that they are recognised rather than imported twice.
 */
async function keyEarlierPersonas(db: Database, rows: readonly { fields: ReadonlyMap<string, { value: unknown }> }[]) {
  for (const { memberKey } of PERSONA_MEMBER_KEYS) {
    const row = rows.find((r) => r.fields.get("key")?.value === memberKey);
    const email = row?.fields.get("email")?.value;
    if (typeof email !== "string") continue;
    await db.member.updateMany({ where: { email: email.trim().toLowerCase(), key: null }, data: { key: memberKey } });
  }
}

/** Each persona's console identity, linked to their member of the demo file (an existing identity stays). */
async function giveConsoleIdentities(db: Database): Promise<void> {
  const members = await db.member.findMany({
    where: { key: { in: PERSONA_MEMBER_KEYS.map((p) => p.memberKey) } },
    select: { id: true, key: true, displayName: true },
  });
  for (const persona of PERSONA_MEMBER_KEYS) {
    const member = members.find((m) => m.key === persona.memberKey);
    if (!member) continue;
    const identity = { channel: "console" as const, workspaceId: CONSOLE_WORKSPACE, externalUserId: persona.key };
    await db.platformIdentity.upsert({
      where: { channel_workspaceId_externalUserId: identity },
      create: { ...identity, memberId: member.id, displayName: member.displayName },
      update: {},
    });
  }
}
