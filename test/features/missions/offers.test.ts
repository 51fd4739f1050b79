import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMission } from "../../../src/features/missions/engine/lifecycle.ts";
import { reconcileMissions } from "../../../src/features/missions/engine/reconcile.ts";
import { clickFrom } from "../../support/events.ts";
import type { TestBot } from "../../support/test-bot.ts";
import {
  button,
  DAY,
  draftMission,
  HOUR,
  inbox,
  lastMessage,
  type MissionSpec,
  missionsBot,
  person,
  plain,
} from "./mission-fixtures.ts";

describe("offering a mission to volunteers", () => {
  let t: TestBot;
  let coordinatorId: number;

  async function start(env: Record<string, string> = {}, now?: Date) {
    ({ t, coordinatorId } = await missionsBot({ env, ...(now ? { now } : {}) }));
  }
  afterEach(() => t.close());

  async function openNew(spec: MissionSpec = {}) {
    const mission = await draftMission(t.database.db, { contactId: coordinatorId, ...spec });
    const opened = await openMission(t.services, { missionId: mission.id, actorId: coordinatorId, now: t.clock.now() });
    expect(opened.ok).toBe(true);
    await t.scheduler.tick();
    return mission;
  }
  const click = (key: string, actionId: string) => t.handle(clickFrom(key, actionId));
  const assignments = (missionId: number) =>
    t.database.db.missionAssignment.findMany({
      where: { missionId },
      orderBy: { id: "asc" },
      include: { member: true },
    });
  const statuses = async (missionId: number) =>
    Object.fromEntries((await assignments(missionId)).map((a) => [a.member.displayName, a.status]));

  describe("with the default settings", () => {
    beforeEach(() => start());

    it("asks the best-matched volunteers first, two per seat, by direct message with three buttons", async () => {
      await person(t.database.db, {
        key: "ines",
        skills: ["soins_palliatifs"],
        motivations: ["formation_des_pairs"],
        slots: ["weekend"],
      });
      await person(t.database.db, { key: "paul", communes: ["94041"], slots: ["weekend"] });
      await person(t.database.db, { key: "zoe", communes: ["94054"], slots: ["daytime"] });
      await person(t.database.db, { key: "marc", roles: ["member"], skills: ["soins_palliatifs"] });
      const mission = await openNew();

      expect(await statuses(mission.id)).toEqual({ ines: "offered", paul: "offered" });
      const offer = lastMessage(t.channel, "ines");
      expect(plain(offer)).toBe(
        [
          "Bonjour ! Une mission bénévole qui pourrait vous correspondre :",
          "Mission 1 — Former les IDE aux soins palliatifs · samedi 12 décembre 2026 · Vitry-sur-Seine · 3 h · 1 place",
          "Merci de répondre avant le mercredi 25 novembre 2026 à 11:00 ; sans réponse, je la proposerai à quelqu'un d'autre.",
          "[Accepter] [Décliner] [Plus d'infos]",
        ].join("\n"),
      );
      expect(inbox(t.channel, "zoe")).toEqual([]);
      expect(inbox(t.channel, "marc")).toEqual([]);
    });

    it("confirms an accepted offer with the dates, place, contact and a calendar file; the other candidate and the contact are told it is full", async () => {
      await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"] });
      await person(t.database.db, { key: "paul" });
      const mission = await openNew();

      const confirmation = await click("ines", button(lastMessage(t.channel, "ines"), /Accepter/));
      expect(plain(confirmation)).toBe(
        [
          "C'est noté : vous participez à la mission 1. Merci !",
          "Mission 1 — Former les IDE aux soins palliatifs",
          "Deux heures de cas cliniques; une heure d'échanges.",
          "Type: formation",
          "Quand: samedi 12 décembre 2026, 09:00–12:00",
          "Où: Maison de santé (démo), 12 rue de la Démo (Vitry-sur-Seine)",
          "Temps: 3 h environ",
          "Places: complet sur 1",
          "Profil recherché: soins palliatifs",
          "Réponse avant le: mardi 8 décembre 2026 à 18:00",
          "Contact: julie · 01 99 00 11 05",
          "Le fichier joint l'ajoute à votre agenda. Un empêchement ? Dites « je ne peux plus pour la mission 1 » : la place ira à quelqu'un d'autre.",
          "📎 mission-1.ics",
        ].join("\n"),
      );
      const [ics] = confirmation[0]!.attachments!;
      expect(ics).toMatchObject({ mimeType: "text/calendar", title: "Ajouter à mon agenda" });
      expect(ics!.content).toContain("DTSTART:20261212T080000Z\r\nDTEND:20261212T110000Z\r\n");

      await t.scheduler.tick();
      expect(inbox(t.channel, "paul").at(-1)).toMatch(/^La mission 1 — .* est complète : plus besoin de répondre\./);
      expect(button(lastMessage(t.channel, "paul"), /Liste d'attente/)).toBe("missions:waitlist:1");
      expect(inbox(t.channel, "julie")).toEqual([
        "La mission 1 — Former les IDE aux soins palliatifs est complète : ines.\n[Qui a été sollicité ?]",
      ]);
      expect(await statuses(mission.id)).toEqual({ ines: "accepted", paul: "expired" });
      await t.scheduler.tick();
      expect(inbox(t.channel, "paul")).toHaveLength(2);
    });

    it("says more about the mission on « Plus d'infos », with why it was proposed", async () => {
      await person(t.database.db, {
        key: "ines",
        skills: ["soins_palliatifs"],
        motivations: ["formation_des_pairs"],
        slots: ["weekend"],
      });
      await openNew();
      const info = plain(await click("ines", button(lastMessage(t.channel, "ines"), /Plus d'infos/)));
      expect(info).toContain("Contact: julie · 01 99 00 11 05");
      expect(info).toContain(
        "Pourquoi vous : compétences 1/1 (soins palliatifs) · motivation : formation des pairs · même commune · disponible : week-end",
      );
      expect(info).toMatch(/\[Accepter\] \[Décliner\]$/);
    });

    it("records a « non », never offers that mission again, asks the next candidate, and a reason pauses offers", async () => {
      const ines = await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"] });
      await person(t.database.db, { key: "paul", skills: ["soins_palliatifs"] });
      await person(t.database.db, { key: "zoe" });
      const mission = await openNew();
      expect(await statuses(mission.id)).toEqual({ ines: "offered", paul: "offered" });

      const declined = await click("ines", button(lastMessage(t.channel, "ines"), /Décliner/));
      expect(plain(declined)).toBe(
        "C'est noté, merci d'avoir répondu : la mission 1 ne vous sera plus proposée. Si vous voulez, dites-moi pourquoi (facultatif) :\n" +
          "[Pas disponible] [Pas mon domaine] [Trop loin] [Trop en ce moment]",
      );
      await t.scheduler.tick();
      expect(await statuses(mission.id)).toEqual({ ines: "declined", paul: "offered", zoe: "offered" });

      const why = await click("ines", button(declined, /Trop en ce moment/));
      expect(plain(why)).toBe("Merci, et bon courage ! Je ne vous proposerai rien avant le mercredi 23 décembre 2026.");
      const member = await t.database.db.member.findUniqueOrThrow({ where: { id: ines.id } });
      expect(member.pausedUntil).toEqual(new Date(t.clock.now().getTime() + 30 * DAY));
      const row = await t.database.db.missionAssignment.findFirstOrThrow({ where: { memberId: ines.id } });
      expect(row.declineReason).toBe("too_busy");
    });

    it("shows the coordinator who was asked, when, their answer and why they were ranked, and no one else", async () => {
      await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"], slots: ["weekend"] });
      await person(t.database.db, { key: "paul", communes: ["94041"] });
      const mission = await openNew({ seats: 2 });
      await click("ines", button(lastMessage(t.channel, "ines"), /Accepter/));
      const declined = await click("paul", button(lastMessage(t.channel, "paul"), /Décliner/));
      await click("paul", button(declined, /Trop loin/));

      const view = plain(await click("julie", `missions:asked:${mission.id}`));
      expect(view.split("\n")).toEqual([
        "Mission 1 — Former les IDE aux soins palliatifs · samedi 12 décembre 2026 · Vitry-sur-Seine · 3 h · 1 place",
        "2 bénévoles :",
        "• ines — sollicité·e le lundi 23 novembre 2026 à 11:00 · a accepté le lundi 23 novembre 2026 à 11:00 — score 13 : compétences 1/1 (soins palliatifs) +6 · même commune +2 · disponible : week-end +2 · jamais sollicité·e +2 · aucune mission ce mois-là +1",
        "• paul — sollicité·e le lundi 23 novembre 2026 à 11:00 · a décliné le lundi 23 novembre 2026 à 11:00 (Trop loin) — score 5,2 : compétences 0/1 +0 · commune voisine +1,2 · disponibilités non renseignées +1 · jamais sollicité·e +2 · aucune mission ce mois-là +1",
      ]);
      expect(plain(await click("ines", `missions:asked:${mission.id}`))).toMatch(
        /^Cette action est réservée à l'équipe de coordination ou à la direction/,
      );
    });

    it("tells the contact the outcome at the answer deadline, when pending offers lapse", async () => {
      await person(t.database.db, { key: "ines" });
      await person(t.database.db, { key: "paul" });
      await person(t.database.db, { key: "zoe" });
      await person(t.database.db, { key: "marc" });
      const mission = await openNew({ seats: 2, respondBy: new Date(t.clock.now().getTime() + 12 * HOUR) });
      await click("ines", button(lastMessage(t.channel, "ines"), /Accepter/));
      await click("paul", button(lastMessage(t.channel, "paul"), /Décliner/));
      await t.scheduler.tick();

      t.clock.advance(12 * HOUR);
      await t.scheduler.tick();
      expect(inbox(t.channel, "julie")).toEqual([
        "Date limite de réponse passée pour la mission 1 — Former les IDE aux soins palliatifs : 1 sur 2 places prises.\n" +
          "4 bénévoles sollicité·es : 1 oui, 1 non, 2 sans réponse.\n[Qui a été sollicité ?]",
      ]);
      expect(Object.values(await statuses(mission.id)).sort()).toEqual(["accepted", "declined", "expired", "expired"]);
    });
  });

  it("passes an unanswered offer to the next candidate when it lapses, and asks nobody twice", async () => {
    await start({ MISSION_OFFERS_PER_SEAT: "1" });
    await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"], slots: ["weekend"] });
    await person(t.database.db, { key: "paul", skills: ["soins_palliatifs"] });
    await person(t.database.db, { key: "zoe" });
    const respondBy = new Date(t.clock.now().getTime() + 100 * HOUR);
    const mission = await openNew({ respondBy });
    expect(await statuses(mission.id)).toEqual({ ines: "offered" });

    t.clock.advance(48 * HOUR);
    await t.scheduler.tick();
    expect(await statuses(mission.id)).toEqual({ ines: "expired", paul: "offered" });
    expect(inbox(t.channel, "paul")).toHaveLength(1);

    t.clock.advance(48 * HOUR);
    await t.scheduler.tick();
    const zoe = (await assignments(mission.id)).find((a) => a.member.displayName === "zoe")!;
    expect(zoe.expiresAt).toEqual(respondBy); // an offer lapses at the answer deadline at the latest
    t.clock.advance(48 * HOUR);
    await t.scheduler.tick();
    expect(await statuses(mission.id)).toEqual({ ines: "expired", paul: "expired", zoe: "expired" });
    expect([inbox(t.channel, "ines"), inbox(t.channel, "paul"), inbox(t.channel, "zoe")].map((m) => m.length)).toEqual([
      1, 1, 1,
    ]);
  });

  it("completes a round interrupted after its offers were committed: their messages go out, once", async () => {
    await start();
    await person(t.database.db, { key: "ines" });
    await person(t.database.db, { key: "paul" });
    const mission = await openNew();
    // As if the process had died between the offers' transaction and their messages: no delivery yet, and
    // the round's job still held by the dead worker, whose lease is over.
    await t.database.db.delivery.deleteMany({});
    await t.database.db.job.deleteMany({ where: { kind: "core.deliver" } });
    await t.database.db.job.updateMany({
      where: { kind: "missions.match" },
      data: { status: "running", leaseOwner: "dead", leaseExpiresAt: new Date(t.clock.now().getTime() - 1) },
    });
    t.channel.direct.length = 0;
    await t.scheduler.tick();
    await t.scheduler.tick();
    expect([inbox(t.channel, "ines"), inbox(t.channel, "paul")].map((m) => m.length)).toEqual([1, 1]);
    expect(await statuses(mission.id)).toEqual({ ines: "offered", paul: "offered" });
  });

  it("holds an offer during the volunteer's quiet hours and sends it when they end", async () => {
    await start({}, new Date("2026-11-23T21:30:00Z")); // 22:30 in Paris
    await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"], quietHours: ["21:00", "08:00"] });
    await person(t.database.db, { key: "paul" });
    await openNew();
    expect(inbox(t.channel, "ines")).toEqual([]);
    expect(inbox(t.channel, "paul")).toHaveLength(1);

    t.clock.set("2026-11-24T06:59:00Z");
    await t.scheduler.tick();
    expect(inbox(t.channel, "ines")).toEqual([]);
    t.clock.set("2026-11-24T07:00:00Z"); // 08:00 in Paris
    await t.scheduler.tick();
    expect(inbox(t.channel, "ines")).toHaveLength(1);
    expect(inbox(t.channel, "ines")[0]).toMatch(/^Bonjour ! Une mission bénévole/);
  });

  it("never offers a volunteer more than the monthly caps", async () => {
    await start({
      MISSION_MONTHLY_OFFER_CAP: "2",
      MISSION_OFFERS_PER_SEAT: "3",
      MISSION_MONTHLY_MISSION_CAP: "1",
      MISSION_OFFERS_AT_ONCE: "4",
    });
    const people = ["ines", "paul", "zoe"];
    for (const key of people) await person(t.database.db, { key });
    const first = await openNew({ title: "Mission A" });
    await click("ines", button(lastMessage(t.channel, "ines"), /Accepter/));
    for (const title of ["Mission B", "Mission C", "Mission D"]) {
      await openNew({ title, startsAt: new Date("2026-12-19T08:00:00Z"), respondBy: null });
    }
    const offers = await t.database.db.missionAssignment.findMany({
      where: { offeredAt: { not: null } },
      select: { member: { select: { displayName: true } } },
    });
    const perPerson = Object.fromEntries(
      people.map((key) => [key, offers.filter((o) => o.member.displayName === key).length]),
    );
    // Ines holds a December mission (the mission cap is 1): no other December mission is offered to her;
    // Paul and Zoé reach the offer cap (2) with missions A and B: C and D are offered to nobody.
    expect(perPerson).toEqual({ ines: 1, paul: 2, zoe: 2 });
    const c = await t.database.db.mission.findFirstOrThrow({ where: { title: "Mission C" } });
    expect(await t.database.db.missionAssignment.count({ where: { missionId: c.id } })).toBe(0);
    expect(first.id).toBe(1);
  });

  it("asks one question at a time: a second mission waits until the volunteer has answered the first", async () => {
    await start({ MISSION_OFFERS_PER_SEAT: "1" });
    await person(t.database.db, { key: "ines", skills: ["soins_palliatifs"] });
    const first = await openNew({ title: "Mission A" });
    const second = await openNew({ title: "Mission B", startsAt: new Date("2026-12-19T08:00:00Z") });
    expect(inbox(t.channel, "ines")).toHaveLength(1);
    expect(await statuses(second.id)).toEqual({});

    await click("ines", button(lastMessage(t.channel, "ines"), /Accepter/));
    expect(await statuses(first.id)).toEqual({ ines: "accepted" });
    t.clock.advance(HOUR);
    expect(await reconcileMissions(t.services)).toEqual({ released: 0, rounds: 1 }); // the hourly sweep
    await t.scheduler.tick();
    expect(await statuses(second.id)).toEqual({ ines: "offered" });
    expect(inbox(t.channel, "ines").filter((m) => m.startsWith("Bonjour ! Une mission bénévole"))).toHaveLength(2);
  });
});
