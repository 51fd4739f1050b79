import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { draftMission } from "../../features/missions/mission-fixtures.ts";
import { buttonLabelled, buttonsOf, type DiscordHarness, startDiscordHarness } from "../../support/discord-harness.ts";
import { DISCORD_DEMO } from "../../support/fake-discord/index.ts";

const { volunteer } = DISCORD_DEMO;

/** A mission offered by direct message on Discord and accepted with its button, over the local server. */
describe("a volunteer mission on Discord", () => {
  let h: DiscordHarness;
  let volunteerId: number;

  beforeAll(async () => {
    h = await startDiscordHarness();
    const db = h.t.database.db;
    // Every demo volunteer is paused, so the one reachable on Discord is the one the mission goes to.
    await db.member.updateMany({ data: { pausedUntil: new Date("2027-06-01T00:00:00Z") } });
    // The demo's published missions are set aside (their offers not sent): the one offered is this test's.
    await db.mission.updateMany({ where: { status: "open" }, data: { status: "cancelled" } });
    const ines = await db.member.create({
      data: {
        displayName: "Inès Bernard",
        status: "active",
        profession: "nurse",
        roles: { create: [{ role: "member" }, { role: "volunteer" }] },
        communes: { create: [{ communeCode: "94081" }] },
        tags: { create: [{ kind: "skill", value: "soins_palliatifs" }] },
        identities: {
          create: { channel: "discord", workspaceId: h.settings.guildId, externalUserId: volunteer.id },
        },
      },
    });
    volunteerId = ines.id;
  });
  afterAll(() => h.stop());

  it("offers the mission by DM and a click on « Accepter » takes the seat", async () => {
    const db = h.t.database.db;
    const coordinator = await db.member.findFirstOrThrow({ where: { roles: { some: { role: "coordinator" } } } });
    const mission = await draftMission(db, { contactId: coordinator.id, seats: 1 });
    const opened = await openMission(h.t.services, {
      missionId: mission.id,
      actorId: coordinator.id,
      now: h.t.clock.now(),
    });
    expect(opened.ok).toBe(true);
    await h.t.scheduler.tick();

    const dm = h.fake.dmChannel(volunteer);
    const offer = await h.fake.waitForMessage(dm, (m) => m.content.includes("Former les IDE aux soins palliatifs"));
    expect(buttonsOf(offer).map((b) => b.label)).toEqual(["Accepter", "Décliner", "Plus d'infos"]);
    const accept = buttonLabelled(offer, /Accepter/);
    expect(accept.customId).toMatch(/^missions:accept:/); // the core's action id, valid after a restart

    h.fake.click(volunteer, offer, accept.customId);
    const confirmation = await h.fake.waitForMessage(dm, (m) => m.content.startsWith("C'est noté"));
    expect(confirmation.content).toContain(`vous participez à la **mission ${mission.id}**`);
    expect(confirmation.content).toMatch(/samedi 12 décembre 2026, 09:00–12:00/);
    const clicked = h.fake.messages(dm).find((m) => m.id === offer.id)!;
    expect(clicked.content).toMatch(/✓ Accepter/);
    expect(buttonsOf(clicked)).toEqual([]);
    // « Ajouter à mon agenda »: the .ics goes as a file in the volunteer's DM.
    const ics = await h.fake.waitFor("POST /channels/:id/messages", (c) =>
      c.files.some((f) => f.name.endsWith(".ics")),
    );
    expect(ics.path).toContain(dm);
    expect(ics.files[0]!.content).toMatch(/DTSTART[^\n]*20261212T0[89]0000/);

    const seats = await db.missionAssignment.findMany({ where: { missionId: mission.id, status: "accepted" } });
    expect(seats.map((s) => s.memberId)).toEqual([volunteerId]);
  });
});
