// Missions tests drive the bot as its personas do in the terminal: the coordinator fills the mission's
// form, the volunteer browses and reports. Missions open through the engine; `assign` writes a volunteer's
// place as a row, for tests about what follows it.
import { formKey } from "../../../src/core/form-key.ts";
import type { AssignmentStatus } from "../../../src/core/persistence.ts";
import { type Button, type Reply, replyToPlainText } from "../../../src/core/reply.ts";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { createMission, type MissionFields } from "../../../src/features/missions/catalogue/mission-store.ts";
import { openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import { inbound } from "../../support/events.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "../../support/test-bot.ts";

/** Monday 23 November 2026, 11:00 in Paris. */
const MONDAY = new Date("2026-11-23T10:00:00Z");

export async function createMissionsBot(options: TestBotOptions = {}): Promise<TestBot> {
  const t = await createTestBot({ features: [missionsFeature], now: MONDAY, ...options });
  await seedDemoMembers(t.services);
  return t;
}

export const plain = (replies: readonly Reply[]) => replies.map(replyToPlainText).join("\n");

export const buttonOf = (replies: readonly Reply[], label: string | RegExp): Button | undefined =>
  replies
    .flatMap((r) => r.buttons ?? [])
    .find((b) => (typeof label === "string" ? b.label === label : label.test(b.label)));

/** Submits the form a button opens, with these values over its prefilled ones, as the terminal does. */
export function submit(t: TestBot, user: string, button: Button, values: Record<string, string>) {
  const form = button.opensForm!;
  const filled = Object.fromEntries(form.fields.map((f) => [f.name, values[f.name] ?? f.initial ?? ""]));
  return t.handle(inbound(user, { type: "form", actionId: form.actionId, values: filled, formKey: formKey(form) }));
}

export const memberId = async (t: TestBot, key: string) =>
  (await t.database.db.member.findUniqueOrThrow({ where: { key } })).id;

/** A mission as the demo's coordinator writes it in the form. */
export const TRAINING_FORM = {
  title: "Former les IDE de Vitry aux soins palliatifs",
  description: "Deux heures de cas cliniques avec l'EMSP, pour des infirmières libérales.",
  kind: "training",
  profile: "IDE, soins palliatifs",
  where: "94081",
  place: "Maison de santé (démo), 12 rue de la Démo",
  when: "samedi 12 décembre 9h-12h",
  ends: "",
  hours: "3",
  seats: "2",
  respond_by: "8 décembre 18h",
};

/** Creates mission n through the coordinator's form; returns its id. */
export async function createThroughForm(t: TestBot, values: Record<string, string> = TRAINING_FORM): Promise<number> {
  const overview = await t.handle(inbound("coordinator", { type: "command", command: "missions", text: "" }));
  await submit(t, "coordinator", buttonOf(overview, "Créer une mission")!, values);
  const latest = await t.database.db.mission.findFirstOrThrow({ orderBy: { id: "desc" } });
  return latest.id;
}

/** Where a volunteer stands in a mission (offered, holding a seat…), as the engine would have left it: the row. */
export async function assign(t: TestBot, missionId: number, key: string, status: AssignmentStatus, at = t.clock.now()) {
  const seat = status === "accepted" || status === "completed";
  const memberOf = await memberId(t, key);
  const row = {
    status,
    offeredAt: at,
    ...(status === "offered" ? { expiresAt: new Date(at.getTime() + 48 * 3600_000) } : {}),
    ...(seat ? { acceptedAt: at, respondedAt: at } : {}),
    ...(status === "waitlisted" ? { waitlistedAt: at, respondedAt: at } : {}),
    ...(status === "declined" ? { respondedAt: at, declineReason: "too_far" } : {}),
  };
  await t.database.db.missionAssignment.upsert({
    where: { missionId_memberId: { missionId, memberId: memberOf } },
    create: { missionId, memberId: memberOf, ...row },
    update: row,
  });
  if (seat) await t.database.db.mission.update({ where: { id: missionId }, data: { seatsTaken: { increment: 1 } } });
}

/** A mission written straight into the catalogue (published unless `status` says otherwise). */
export async function missionFor(
  t: TestBot,
  fields: Partial<MissionFields> & { title: string },
  status: "draft" | "open" = "open",
): Promise<number> {
  const change = { actorId: null, now: t.clock.now() };
  const mission = await createMission(
    t.database.db,
    {
      description: "Mission de démonstration.",
      kind: "other",
      tags: [],
      communeCode: null,
      remote: false,
      place: null,
      startsAt: new Date("2026-12-12T08:00:00Z"),
      endsAt: new Date("2026-12-12T11:00:00Z"),
      estimatedHours: 3,
      seats: 2,
      respondBy: null,
      contactId: await memberId(t, "julie-moreau"),
      ...fields,
    },
    change,
  );
  if (status === "open") await openMission(t.services, { missionId: mission.id, ...change });
  return mission.id;
}
