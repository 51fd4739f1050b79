import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formKey } from "../../../src/core/form-key.ts";
import { type Reply, replyToPlainText } from "../../../src/core/reply.ts";
import { databaseFilePath } from "../../../src/db/client.ts";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { accountsFeature } from "../../../src/features/accounts/index.ts";
import { coordinationFeature } from "../../../src/features/coordination/index.ts";
import { eraseAction } from "../../../src/features/privacy/erasure.ts";
import { privacyFeature } from "../../../src/features/privacy/index.ts";
import { clickFrom, commandFrom, inbound, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

const plain = (replies: readonly Reply[]) => replies.map(replyToPlainText).join("\n---\n");

/** Inès Garnier, the demo volunteer, as her profile and her chat accounts hold her. */
const INES = {
  name: "Inès Garnier",
  email: "ines.garnier@example.org",
  phone: "01 99 00 11 02",
  motivation: "Ancienne IDE du SSIAD de Choisy, je voudrais accompagner les familles le mercredi",
  slackName: "Inès G. (Ivry)",
};
/** Every string of her profile. */
const PROFILE_STRINGS = [INES.name, INES.email, INES.phone, INES.motivation, INES.slackName];
const SUMMARY = `Bonjour, ici ${INES.name} (${INES.phone}) : besoin d'un SSIAD pour un retour à domicile à Ivry`;

/** The database file, its write-ahead log and its shared-memory index, byte for byte (free pages included). */
async function rawDatabaseFiles(t: TestBot): Promise<Buffer> {
  const file = databaseFilePath(t.database.url)!;
  const parts = await Promise.all(
    [file, `${file}-wal`, `${file}-shm`].map((f) => readFile(f).catch(() => Buffer.alloc(0))),
  );
  return Buffer.concat(parts);
}

describe("erasing a member's data, once a coordinator approves", () => {
  let t: TestBot;
  beforeEach(async () => {
    t = await createTestBot({
      features: [coordinationFeature, privacyFeature, accountsFeature],
      classifier: new ScriptedClassifier({
        "j'ai besoin de la coordination": { intent: "coordination.referral", score: 0.95 },
        "mes données": { intent: "privacy.mydata", score: 0.95 },
      }),
    });
    await seedDemoMembers(t.services);
  });
  afterEach(() => t.close());

  const ines = () => t.database.db.member.findFirstOrThrow({ where: { phone: INES.phone } });

  /** Inès as the bot knows her after some weeks: a Slack account too, a request written, forms offered, messages. */
  async function aMemberWithAHistory(): Promise<number> {
    const { db } = t.database;
    const member = await ines();
    await db.member.update({
      where: { id: member.id },
      data: { motivationNote: INES.motivation, availability: '{"slots":["wednesday"]}' },
    });
    await db.platformIdentity.create({
      data: {
        memberId: member.id,
        channel: "slack",
        workspaceId: "T1",
        externalUserId: "U-ines",
        displayName: INES.slackName,
      },
    });
    await t.handle(textFrom("volunteer", "mes données"));
    // The request form, offered with her phone filled in, then sent with her own words.
    const [question] = await t.handle(textFrom("volunteer", "j'ai besoin de la coordination"));
    const form = question!.buttons!.find((b) => b.opensForm)!.opensForm!;
    expect(JSON.stringify(form)).toContain(INES.phone);
    await t.handle(
      inbound("volunteer", {
        type: "form",
        actionId: form.actionId,
        formKey: formKey(form),
        values: { summary: SUMMARY, need: "home_care", commune: "94041", urgency: "within_week", callback: INES.phone },
      }),
    );
    await t.scheduler.tick(); // the team's notice of the new request, which names her
    return member.id;
  }

  async function askAndApprove(memberId: number): Promise<Reply[]> {
    await t.handle(clickFrom("volunteer", eraseAction.id()));
    await t.scheduler.tick(); // the team is told, with the button to approve
    const notice = t.channel.direct.findLast((d) => /Demande d'effacement/.test(plain(d.replies)))!;
    expect(notice.target.externalUserId).toBe("coordinator");
    expect(plain(notice.replies)).toContain(`${INES.name} (membre n° ${memberId}`);
    const approve = notice.replies[0]!.buttons!.find((b) => b.label === "Approuver l'effacement")!;
    expect(approve.confirm?.title).toBe("Effacer ce membre ?");
    return t.handle(clickFrom("coordinator", approve.actionId));
  }

  it("leaves no string of her profile anywhere in the database file, and keeps her request, anonymised", async () => {
    const memberId = await aMemberWithAHistory();
    const before = await rawDatabaseFiles(t);
    for (const text of PROFILE_STRINGS) expect(before.includes(Buffer.from(text)), text).toBe(true);

    const approved = await askAndApprove(memberId);
    expect(plain(approved)).toBe(
      `Effacement du membre n° ${memberId} approuvé par Julie Moreau : le bot l'effectue et préviendra l'équipe quand il sera fait.`,
    );
    expect(approved[0]!.replaceOriginal).toBe(true); // the notice that named her is replaced
    while (await t.scheduler.tick()) {}

    const told = t.channel.direct.filter((d) => d.target.externalUserId === "volunteer").at(-1)!;
    expect(plain(told.replies)).toMatch(/^Vos données ont été effacées, comme vous l'avez demandé/);
    const toTeam = t.channel.direct.filter((d) => d.target.externalUserId === "coordinator").at(-1)!;
    expect(plain(toTeam.replies)).toMatch(
      new RegExp(`^Effacement fait : le membre n° ${memberId} est désormais « membre supprimé n° ${memberId} »`),
    );

    const raw = await rawDatabaseFiles(t);
    for (const text of PROFILE_STRINGS)
      expect(raw.includes(Buffer.from(text)), `the database file holds ${text}`).toBe(false);

    const { db } = t.database;
    const erased = await db.member.findUniqueOrThrow({
      where: { id: memberId },
      include: {
        identities: true,
        roles: true,
        communes: true,
        tags: true,
        deliveries: true,
        conversationStates: true,
      },
    });
    expect(erased).toMatchObject({
      displayName: `membre supprimé n° ${memberId}`,
      status: "inactive",
      email: null,
      phone: null,
      profession: null,
      motivationNote: null,
      availability: null,
      quietHoursStart: null,
      identities: [],
      roles: [],
      communes: [],
      tags: [],
      deliveries: [],
      conversationStates: [],
    });
    expect(erased.anonymizedAt).toEqual(t.clock.now());
    expect(await db.conversationLog.count({ where: { memberId } })).toBe(0);
    expect(await db.conversationNotice.count({ where: { memberId } })).toBe(0);

    const [request] = await db.coordinationRequest.findMany({ where: { requesterId: memberId } });
    expect(request).toMatchObject({
      summary: `Bonjour, ici membre supprimé n° ${memberId} (membre supprimé n° ${memberId}) : besoin d'un SSIAD pour un retour à domicile à Ivry`,
      callback: null,
      needType: "home_care",
      status: "open",
    });
    // The team still sees the request, from « membre supprimé n° … », and can no longer reach her.
    const listed = await t.handle(commandFrom("coordinator", "demandes", ""));
    expect(plain(listed)).toContain(`n°${request!.id} — `);
    const answered = await t.handle(commandFrom("coordinator", "repondre", `${request!.id} Voici le SSIAD d'Ivry`));
    expect(plain(answered)).toContain(`membre supprimé n° ${memberId}`);
  });

  it("refuses the approval to anyone but the coordination team, and erases nothing", async () => {
    const memberId = await aMemberWithAHistory();
    await t.handle(clickFrom("volunteer", eraseAction.id()));
    await t.scheduler.tick();
    const notice = t.channel.direct.findLast((d) => /Demande d'effacement/.test(plain(d.replies)))!;
    const approve = notice.replies[0]!.buttons![0]!;

    const refused = await t.handle(clickFrom("gp", approve.actionId));
    expect(plain(refused)).toBe(
      "Cette action est réservée à l'équipe de coordination. Les effacements de données sont approuvés par l'équipe de coordination, qui a reçu la demande.",
    );
    const herself = await t.handle(clickFrom("volunteer", approve.actionId));
    expect(plain(herself)).toMatch(/^Cette action est réservée à l'équipe de coordination/);
    while (await t.scheduler.tick()) {}
    expect(await ines()).toMatchObject({
      id: memberId,
      displayName: INES.name,
      erasureApprovedAt: null,
      anonymizedAt: null,
    });
  });

  it("says when an erasure was already approved or done, and when there is none to approve", async () => {
    const memberId = await aMemberWithAHistory();
    await askAndApprove(memberId);
    const notice = t.channel.direct.findLast((d) => /Demande d'effacement/.test(plain(d.replies)))!;
    const approve = notice.replies[0]!.buttons![0]!.actionId;
    expect(plain(await t.handle(clickFrom("coordinator", approve)))).toBe(
      `L'effacement du membre n° ${memberId} a déjà été approuvé, le lundi 23 novembre 2026.`,
    );
    while (await t.scheduler.tick()) {}
    expect(plain(await t.handle(clickFrom("coordinator", approve)))).toBe(
      `Les données du membre n° ${memberId} ont déjà été effacées, le lundi 23 novembre 2026.`,
    );
    const gp = await t.database.db.member.findFirstOrThrow({ where: { email: "claire.martin@example.org" } });
    expect(plain(await t.handle(clickFrom("coordinator", approve.replace(String(memberId), String(gp.id)))))).toBe(
      "Ce membre n'a pas de demande d'effacement en cours.",
    );
  });

  it("leaves the care directory as it is, and tells the team when an entry has her number", async () => {
    const { db } = t.database;
    await db.careResource.create({
      data: {
        key: "emsp-ivry",
        type: "emsp",
        name: "EMSP d'Ivry",
        description: "Équipe mobile de soins palliatifs",
        phone: INES.phone,
        lastCheckedAt: t.clock.now(),
      },
    });
    const memberId = await aMemberWithAHistory();
    await askAndApprove(memberId);
    while (await t.scheduler.tick()) {}
    expect(await db.careResource.findUniqueOrThrow({ where: { key: "emsp-ivry" } })).toMatchObject({
      phone: INES.phone,
    });
    const toTeam = t.channel.direct
      .filter((d) => d.target.externalUserId === "coordinator")
      .map((d) => plain(d.replies));
    expect(toTeam).toContainEqual(
      `Annuaire à corriger ? Une fiche de l'annuaire (CareResource emsp-ivry) porte le même nom ou le même numéro que le membre n° ${memberId}, effacé à sa demande : le bot ne l'a pas modifiée. Si c'est bien la sienne, corrigez le fichier de l'annuaire puis réimportez-le.`,
    );
  });

  it("makes the member a stranger: writing again starts a new guest", async () => {
    const memberId = await aMemberWithAHistory();
    await askAndApprove(memberId);
    while (await t.scheduler.tick()) {}
    const [again] = await t.handle(textFrom("volunteer", "mes données"));
    expect(replyToPlainText(again!)).toContain("Statut: invité·e");
    const guest = await t.database.db.platformIdentity.findFirstOrThrow({ where: { externalUserId: "volunteer" } });
    expect(guest.memberId).not.toBe(memberId);
  });
});
