import { readFile } from "node:fs/promises";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Feature } from "../../../src/core/feature.ts";
import { type Reply, reply, replyToPlainText } from "../../../src/core/reply.ts";
import { databaseFilePath } from "../../../src/db/client.ts";
import { seedDemoMembers } from "../../../src/demo/seed-demo.ts";
import { coordinationFeature } from "../../../src/features/coordination/index.ts";
import { eraseAction } from "../../../src/features/privacy/erasure.ts";
import { privacyFeature } from "../../../src/features/privacy/index.ts";
import { PATIENT_DATA_NOTICE } from "../../../src/features/privacy/notice.ts";
import { clickFrom, commandFrom, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import { createTestBot, type TestBot } from "../../support/test-bot.ts";

const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n---\n");

/** The raw values of the conversation, in every form they could be stored in. */
const PATIENT_VALUES = [
  "Durand",
  "DURAND",
  "1 85 05 78 006 084 91",
  "185057800608491",
  "1850578006084",
  "0578006084",
  "12/03/1950",
];

/** A feature that stores what it receives, as a request form would: only the redacted text may arrive. */
const referralFeature: Feature = {
  name: "test",
  intents: {
    "test.referral": {
      run: async (ctx) => {
        await ctx.services.db.coordinationRequest.create({
          data: {
            requesterId: ctx.member.id,
            kind: "referral",
            summary: ctx.text,
            sourceChannel: ctx.event.conversation.channel,
          },
        });
        return reply("Je transmets votre demande à l'équipe de coordination.");
      },
    },
  },
};

const REDACTED_FIRST = "patient Mme [nom masqué] NIR [NIR masqué] besoin d'aide";
const classifier = () =>
  new ScriptedClassifier(
    {
      [REDACTED_FIRST]: { intent: "test.referral", score: 0.9 },
      "encore pour Mme [nom masqué], NIR [NIR masqué]": { intent: "test.referral", score: 0.9 },
      "Mme [nom masqué] née le [date de naissance masquée], on fait quoi ?": {
        intent: "test.referral",
        score: 0.4,
        alternatives: [{ intent: "privacy.mydata", score: 0.2 }],
      },
      "my patient Mrs [nom masqué] needs home care": { intent: "test.referral", score: 0.9, locale: "en" },
      "mes données": { intent: "privacy.mydata", score: 0.95 },
      "exporter mes données": { intent: "privacy.export", score: 0.95 },
      "my data": { intent: "privacy.mydata", score: 0.95, locale: "en" },
    },
    { "test.referral": { fr: "Demander à la coordination", en: "Ask the coordination team" } },
  );

/** Every row of every table, as text. */
async function dumpDatabase(t: TestBot): Promise<string> {
  const tables = await t.database.db.$queryRawUnsafe<{ name: string }[]>(
    "SELECT name FROM sqlite_master WHERE type = 'table'",
  );
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) dump[name] = await t.database.db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}"`);
  return JSON.stringify(dump, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}

/** The database file and its write-ahead log, byte for byte (free pages included). */
async function rawDatabaseFiles(t: TestBot): Promise<string> {
  const file = databaseFilePath(t.database.url)!;
  const parts = await Promise.all([file, `${file}-wal`].map((f) => readFile(f).catch(() => Buffer.alloc(0))));
  return Buffer.concat(parts).toString("latin1");
}

describe("the privacy guard in a conversation", () => {
  let t: TestBot;
  let logLines: string[];
  beforeEach(async () => {
    logLines = [];
    const log = pino({ level: "debug" }, { write: (line: string) => void logLines.push(line) });
    t = await createTestBot({ features: [privacyFeature, referralFeature], classifier: classifier(), log });
  });
  afterEach(() => t.close());

  it("answers a message holding a patient's name and NIR, with the notice first, and handles it redacted", async () => {
    const replies = await t.handle(textFrom("gp", "patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide"));
    expect(replies).toHaveLength(2);
    expect(replies[0]!.visibility).toBe("ephemeral");
    expect(replyToPlainText(replies[0]!)).toMatch(
      /^Pas de données patient ici.*un nom de patient et un numéro de sécurité sociale.*MSSanté/s,
    );
    expect(replyToPlainText(replies[1]!)).toBe("Je transmets votre demande à l'équipe de coordination.");
    expect((t.services.nlu as ScriptedClassifier).seen).toEqual([REDACTED_FIRST]);
    const [request] = await t.database.db.coordinationRequest.findMany();
    expect(request!.summary).toBe(REDACTED_FIRST);
  });

  it("shows the notice once per conversation, and again in another conversation", async () => {
    const first = await t.handle(textFrom("gp", "patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide"));
    const again = await t.handle(textFrom("gp", "encore pour Mme Durand, NIR 185057800608491"));
    const elsewhere = await t.handle(
      textFrom("gp", "patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide", {
        conversation: { conversationId: "C-team", kind: "channel" },
      }),
    );
    const inThread = await t.handle(
      textFrom("gp", "encore pour Mme Durand, NIR 185057800608491", {
        conversation: { conversationId: "C-team", kind: "thread", threadId: "T-1" },
      }),
    );
    const notices = [first, again, elsewhere, inThread].map(
      (replies) => replies.filter((r) => /MSSanté/.test(replyToPlainText(r))).length,
    );
    expect(notices).toEqual([1, 0, 1, 1]);
    expect(plain(again)).toBe("Je transmets votre demande à l'équipe de coordination.");
    expect(await t.database.db.conversationNotice.count({ where: { kind: PATIENT_DATA_NOTICE } })).toBe(3);
  });

  it("shows no notice for a message without patient data", async () => {
    expect(plain(await t.handle(textFrom("gp", "mes données")))).not.toMatch(/MSSanté/);
    expect(await t.database.db.conversationNotice.count()).toBe(0);
  });

  it("gives the notice in English to a message written in English", async () => {
    const [notice] = await t.handle(textFrom("gp", "my patient Mrs Durand needs home care"));
    expect(replyToPlainText(notice!)).toMatch(
      /^No patient data here, please\. Your message contained a patient's name.*MSSanté/s,
    );
  });

  it("keeps the NIR, the name and the date of birth out of every table, the database file and the logs", async () => {
    await seedDemoMembers(t.services);
    await t.handle(textFrom("gp", "patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide"));
    await t.handle(textFrom("gp", "encore pour Mme Durand, NIR 185057800608491"));
    // Below the threshold: the clarification step keeps the message to run it after the choice.
    const [question] = await t.handle(textFrom("gp", "Mme Durand née le 12/03/1950, on fait quoi ?"));
    expect(question!.buttons?.length).toBeGreaterThan(0);
    await t.handle(clickFrom("gp", question!.buttons![0]!.actionId));
    await t.handle(commandFrom("gp", "mesdonnees", "pour Mme Durand 1850578006084"));

    expect(await t.database.db.coordinationRequest.count()).toBe(3);
    const dump = await dumpDatabase(t);
    const raw = await rawDatabaseFiles(t);
    const logs = logLines.join("");
    expect(logLines.some((line) => line.includes('"level":20'))).toBe(true); // debug lines were written
    for (const value of PATIENT_VALUES) {
      expect(dump, `database rows hold ${value}`).not.toContain(value);
      expect(raw, `database file holds ${value}`).not.toContain(value);
      expect(logs, `logs hold ${value}`).not.toContain(value);
    }
    expect(dump).toContain("[NIR masqué]"); // what was stored is the redacted text
  });

  it("logs that something was redacted, never what", async () => {
    await t.handle(textFrom("gp", "patient Mme Durand NIR 1 85 05 78 006 084 91 besoin d'aide"));
    const handled = logLines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === "event handled");
    expect(handled).toMatchObject({ redactions: 2, outcome: "answered", handledBy: "test.referral" });
  });
});

describe("what the bot stores about a member", () => {
  let t: TestBot;
  const volunteer = (text: string) => t.handle(textFrom("volunteer", text));
  beforeEach(async () => {
    t = await createTestBot({ features: [privacyFeature, referralFeature], classifier: classifier() });
    await seedDemoMembers(t.services);
  });
  afterEach(() => t.close());

  async function giveActivity() {
    const db = t.database.db;
    const member = await db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
    await db.member.update({ where: { id: member.id }, data: { locale: "fr", availability: '{"slots":["weekend"]}' } });
    const training = await db.training.create({
      data: { key: "t1", title: "Douleur", kind: "bedside", startsAt: new Date("2026-12-01T17:00:00Z") },
    });
    await db.trainingRegistration.create({ data: { trainingId: training.id, memberId: member.id } });
    const mission = await db.mission.create({
      data: {
        title: "Stand",
        description: "Forum santé",
        status: "open",
        startsAt: new Date("2026-12-05T09:00:00Z"),
        endsAt: new Date("2026-12-05T12:00:00Z"),
      },
    });
    await db.missionAssignment.create({ data: { missionId: mission.id, memberId: member.id, status: "accepted" } });
    await db.coordinationRequest.createMany({
      data: [1, 2].map(() => ({
        requesterId: member.id,
        kind: "question" as const,
        summary: "HAD ?",
        sourceChannel: "console" as const,
      })),
    });
  }

  it("lists the profile, the linked accounts and counts of everything else, never a message text", async () => {
    await giveActivity();
    await volunteer("bonjour");
    const [answer] = await volunteer("mes données");
    expect(answer!.visibility).toBe("ephemeral");
    const shown = replyToPlainText(answer!);
    for (const expected of [
      "Nom affiché: Inès Garnier",
      "Statut: membre actif·ve",
      "Profession: infirmier·e",
      "Rôles: adhérent·e, sympathisant·e",
      "Communes d'exercice: Ivry-sur-Seine",
      "Compétences et centres d'intérêt: ",
      "Disponibilités: renseignées",
      "E-mail: ines.garnier@example.org",
      "Téléphone: 01 99 00 11 02",
      "Heures calmes: de 21:00 à 08:00",
      "Langue: français",
      "Dernière langue utilisée: français",
      "Premier contact: ",
      "console (espace local), vu pour la dernière fois le lundi 23 novembre 2026",
      "Demandes à la coordination: 2",
      "Inscriptions aux formations: 1",
      "Missions proposées ou acceptées: 1",
      "Annonces reçues: 0",
      "Messages notés: 1",
      "jamais le texte",
      "après 90 jours",
    ]) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain("bonjour");
    expect(answer!.buttons).toEqual([
      expect.objectContaining({ actionId: "privacy:export", label: "Exporter mes données" }),
      expect.objectContaining({
        actionId: "privacy:erase",
        style: "danger",
        confirm: expect.objectContaining({ title: "Effacer vos données ?" }),
      }),
    ]);
  });

  it("answers from the /mesdonnees command, and in English in the language last written in", async () => {
    const [command] = await t.handle(commandFrom("volunteer", "mesdonnees", ""));
    expect(replyToPlainText(command!)).toMatch(/^Ce que le bot garde sur vous\nNom affiché: Inès Garnier/);
    const [english] = await volunteer("my data");
    expect(replyToPlainText(english!)).toMatch(/^What the bot keeps about you\nDisplay name: Inès Garnier/);
    const [alias] = await t.handle(commandFrom("volunteer", "mydata", ""));
    expect(replyToPlainText(alias!)).toMatch(/^What the bot keeps about you/);
  });

  it("shows a guest what little it keeps", async () => {
    const [answer] = await t.handle(textFrom("U-new", "mes données", { sender: { displayName: "Inconnu" } }));
    const shown = replyToPlainText(answer!);
    expect(shown).toContain("Statut: invité·e");
    expect(shown).toContain("Profession: —");
    expect(shown).toContain("Langue: celle de chaque message");
  });

  it("gives the member a JSON file of everything held about them, and only ids of what they acted on", async () => {
    await giveActivity();
    await volunteer("bonjour");
    const [answer] = await volunteer("exporter mes données");
    expect(answer!.visibility).toBe("ephemeral");
    expect(replyToPlainText(answer!)).toMatch(
      /^Voici une copie de tout ce que le bot garde sur vous, dans un fichier JSON \(mes-donnees-\d+-2026-11-23\.json\)/,
    );
    const [file] = answer!.attachments!;
    expect(file).toMatchObject({ mimeType: "application/json", title: "Vos données" });
    const data = JSON.parse(file!.content) as {
      profile: Record<string, unknown>;
      records: Record<string, Record<string, unknown>[]>;
      actedOn: Record<string, number[]>;
    };
    expect(data.profile).toMatchObject({
      displayName: "Inès Garnier",
      email: "ines.garnier@example.org",
      phone: "01 99 00 11 02",
      availability: { slots: ["weekend"] },
    });
    expect(data.records["MemberRole.memberId"]!.map((r) => r.role)).toEqual(["member", "volunteer"]);
    const tags = await t.database.db.memberTag.count({ where: { member: { email: "ines.garnier@example.org" } } });
    expect(data.records["MemberTag.memberId"]).toHaveLength(tags); // her skills and motivations in content/members.yaml
    expect(data.records["PlatformIdentity.memberId"]).toEqual([
      expect.objectContaining({ channel: "console", externalUserId: "volunteer" }),
    ]);
    expect(data.records["CoordinationRequest.requesterId"]).toHaveLength(2);
    expect(data.records["TrainingRegistration.memberId"]).toHaveLength(1);
    expect(data.records["MissionAssignment.memberId"]).toHaveLength(1);
    expect(data.records["ConversationLog.memberId"]!.length).toBeGreaterThan(0);
    expect(data.actedOn).toEqual({});
    // The coordinator's export names the request they took by its id only: the asker's words are not theirs.
    const request = await t.database.db.coordinationRequest.findFirstOrThrow();
    const coordinator = await t.database.db.member.findUniqueOrThrow({ where: { email: "julie.moreau@example.org" } });
    await t.database.db.coordinationRequest.update({ where: { id: request.id }, data: { assigneeId: coordinator.id } });
    const [theirs] = await t.handle(commandFrom("coordinator", "mesdonnees", "export"));
    const coordinatorData = JSON.parse(theirs!.attachments![0]!.content) as { actedOn: Record<string, number[]> };
    expect(coordinatorData.actedOn).toEqual({ "CoordinationRequest.assigneeId": [request.id] });
    expect(theirs!.attachments![0]!.content).not.toContain("HAD ?");
  });

  it("records an erasure request once and has the coordination team told", async () => {
    const clicked = await t.handle(clickFrom("volunteer", eraseAction.id()));
    expect(plain(clicked)).toMatch(
      /^C'est noté : votre demande d'effacement est enregistrée \(le lundi 23 novembre 2026\)/,
    );
    const member = await t.database.db.member.findUniqueOrThrow({ where: { email: "ines.garnier@example.org" } });
    expect(member.erasureRequestedAt).toEqual(t.clock.now());

    // One job tells the team; it makes one delivery per coordinator, sent in the same run (of the demo's
    // coordinators, only the persona has a chat identity).
    const coordinators = await t.database.db.memberRole.count({ where: { role: "coordinator" } });
    expect(await t.scheduler.tick()).toBe(1 + coordinators);
    const toCoordinator = t.channel.direct.filter((d) => d.target.externalUserId === "coordinator");
    expect(toCoordinator).toHaveLength(1);
    expect(plain(toCoordinator[0]!.replies)).toMatch(
      /^Demande d'effacement de données : Inès Garnier \(membre n° \d+, infirmier·e\) l'a demandée le lundi 23 novembre 2026\. Comptes : console:local:volunteer\./,
    );
    expect(t.channel.direct.filter((d) => d.target.externalUserId !== "coordinator")).toEqual([]);

    t.clock.advance(3_600_000);
    expect(plain(await t.handle(clickFrom("volunteer", eraseAction.id())))).toMatch(
      /^Vous avez déjà demandé l'effacement de vos données le lundi 23 novembre 2026/,
    );
    expect(await t.scheduler.tick()).toBe(0);
    expect(t.channel.direct).toHaveLength(1);

    const [mydata] = await volunteer("mes données");
    expect(replyToPlainText(mydata!)).toMatch(
      /Vous avez demandé l'effacement de vos données le lundi 23 novembre 2026/,
    );
    expect(mydata!.buttons?.map((b) => b.actionId)).toEqual(["privacy:export"]);
  });

  it("posts the erasure request in the team conversation when one is configured", async () => {
    const team = await createTestBot({
      features: [privacyFeature, coordinationFeature],
      env: { COORDINATION_CHANNEL: "console:local:C-coord" },
    });
    try {
      await seedDemoMembers(team.services);
      await team.handle(clickFrom("gp", eraseAction.id()));
      await team.scheduler.tick();
      expect(team.channel.posts.map((p) => p.target.conversationId)).toEqual(["C-coord"]);
      expect(plain(team.channel.posts[0]!.replies)).toMatch(/Dr Claire Martin \(membre n° \d+, médecin généraliste\)/);
    } finally {
      await team.close();
    }
  });

  it("keeps trying to tell the team while no coordinator can be reached", async () => {
    await t.database.db.memberRole.deleteMany({ where: { role: "coordinator" } });
    await volunteer("bonjour");
    await t.handle(clickFrom("volunteer", eraseAction.id()));
    await t.scheduler.tick();
    const [job] = await t.database.db.job.findMany({ where: { kind: "privacy.erasure-requested" } });
    expect(job).toMatchObject({ status: "pending", attempts: 1 });
    expect(job!.lastError).toMatch(/No coordinator could be reached/);
  });
});

describe("asking for one's data in one's own words", () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await createTestBot({ features: [privacyFeature], classifier: "trained" });
    await seedDemoMembers(t.services);
  });
  afterAll(() => t.close());

  it.each([
    "mes données",
    "qu'est-ce que tu sais sur moi ?",
    "je veux supprimer mes données",
    "what do you store about me",
  ])("shows the stored data for %j", async (text) => {
    const [answer] = await t.handle(textFrom("gp", text));
    expect(replyToPlainText(answer!)).toMatch(/^(Ce que le bot garde sur vous|What the bot keeps about you)\n/);
  });
});
