import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleChannel } from "../../../src/channels/console/console-channel.ts";
import { seedDemo } from "../../../src/demo/seed-demo.ts";
import { features } from "../../../src/features/index.ts";
import { startConsole } from "../../support/console-session.ts";
import { type Terminal, until } from "../../support/terminal.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";
import { memberId, missionFor } from "./missions-support.ts";

/**
 * The scenario as the demo's volunteer lives it in the terminal, with the trained model: the
 * missions that fit her first, a seat taken in words, given back in words, and the first on the waiting
 * list (the GP persona, a volunteer too here) promoted and told.
 */
describe("a volunteer's mission, in the terminal", () => {
  let t: TestBot;
  let terminal: Terminal;
  let channel: ConsoleChannel;
  let workshop: number;
  beforeAll(async () => {
    t = await createTestBot({ features, classifier: "trained", now: new Date("2026-11-23T10:00:00Z") });
    await seedDemo(t.services);
    const gp = await memberId(t, "claire-martin");
    await t.database.db.memberRole.create({ data: { memberId: gp, role: "volunteer" } });
    // Saturday 5 December, in Ivry, where Inès Garnier works; palliative care, which she gives; one seat.
    workshop = await missionFor(t, {
      title: "Animer un atelier douleur pour les aidants d'Ivry",
      kind: "training",
      communeCode: "94041",
      tags: [{ kind: "skill", value: "soins_palliatifs" }],
      startsAt: new Date("2026-12-05T08:00:00Z"),
      endsAt: new Date("2026-12-05T10:00:00Z"),
      estimatedHours: 2,
      seats: 1,
    });
    ({ terminal, channel } = await startConsole(t, "volunteer"));
  });
  afterAll(async () => {
    await channel.stop();
    await t.close();
  });

  it("shows the missions that fit first, confirms a seat, and gives it to the first waiting when withdrawn", async () => {
    const browse = await terminal.type("des missions pour moi ?");
    const listed = browse
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("•"));
    expect(listed[0]).toMatch(new RegExp(`^• Mission ${workshop} — Animer un atelier douleur`));

    expect(await terminal.type(`je prends la mission ${workshop}`)).toMatch(
      new RegExp(`^C'est noté : vous participez à la mission ${workshop}\\. Merci !`),
    );

    await terminal.type("/as gp");
    const full = await terminal.type(`je prends la mission ${workshop}`);
    expect(full).toMatch(new RegExp(`^La mission ${workshop} — Animer un atelier douleur .* est complète`));
    const waitlist = /\[(\d+)\] Liste d'attente/.exec(full)![1]!;
    expect(await terminal.type(waitlist)).toMatch(/vous êtes n°1 sur la liste d'attente/);

    await terminal.type("/as volunteer");
    expect(await terminal.type(`je ne peux plus pour la mission ${workshop}`)).toMatch(
      new RegExp(`^C'est noté : votre place pour la mission ${workshop} — Animer un atelier douleur .* est libérée`),
    );
    await t.scheduler.tick();
    await until(() => terminal.all.includes("une place s'est libérée"));
    const told = await terminal.type("/as gp");
    expect(told).toContain(
      `Bonne nouvelle : une place s'est libérée pour la mission ${workshop}, elle est pour vous !`,
    );
    const seats = await t.database.db.missionAssignment.findMany({
      where: { missionId: workshop },
      include: { member: { select: { key: true } } },
      orderBy: { id: "asc" },
    });
    expect(seats.map((s) => [s.member.key, s.status])).toEqual([
      ["ines-garnier", "withdrawn"],
      ["claire-martin", "accepted"],
    ]);
  });
});
