import type { Database } from "../db/client.ts";
import { CONSOLE_WORKSPACE, PERSONAS, type Persona } from "./personas.ts";

/**
 * Seeds the fictional demo network into the embedded database. Idempotent: a persona that exists
 * (by e-mail) is left as it is, so changes made while trying the bot survive a restart.
 */
export async function seedDemo(db: Database): Promise<{ created: number }> {
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
        create: [{ channel: "console", workspaceId: CONSOLE_WORKSPACE, externalUserId: persona.key, displayName: persona.displayName }],
      },
    },
  });
}
