import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import type { Reply } from "../../../src/core/reply.ts";
import { importMembers, memberFile } from "../../../src/features/members/member-file/index.ts";
import { DEMO_MEMBERS_FILE } from "../../../src/paths.ts";
import { clickFrom, commandFrom, inbound, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import { createGovernanceBot, type GovernanceBot, runUntil } from "./governance-bot.ts";

const ZONE = "Europe/Paris";
const text = (replies: Reply[]) =>
  replies
    .flatMap((r) => r.blocks.map((b) => ("markdown" in b ? b.markdown : "items" in b ? b.items.join("\n") : "")))
    .join("\n");
const buttons = (replies: Reply[]) => replies.flatMap((r) => r.buttons ?? []);

let bot: GovernanceBot;
afterEach(async () => {
  await bot?.close();
});

const classifier = new ScriptedClassifier({
  "mes tâches": { intent: "governance.tasks", score: 0.95 },
  "PV envoyé": { intent: "governance.done", score: 0.95 },
  "comptes déposés, c'est fait": { intent: "governance.done", score: 0.95 },
  "reporte à lundi, on attend le devis": {
    intent: "governance.done",
    score: 0.9,
    entities: { date: [{ value: "2027-03-08", text: "lundi", start: 11, end: 16 }] },
  },
  "prochaine AG ?": { intent: "governance.meeting", score: 0.95 },
});

describe("board changes", () => {
  it("opens one préfecture declaration, due 3 months later, when the member file changes the trésorier", async () => {
    bot = await createGovernanceBot({ now: new Date("2027-02-10T09:30:00Z") });
    await runUntil(bot, new Date("2027-02-10T10:00:00Z"));
    expect(await bot.database.db.governanceTask.count({ where: { ruleKey: "board-change-declaration" } })).toBe(0);
    const demo = await readFile(DEMO_MEMBERS_FILE, "utf8");
    const changed = demo
      .replace("roles: [membre, trésorier]", "roles: [membre]")
      .replace(
        "roles: [membre, sympathisante]\n",
        "roles: [membre, sympathisante, trésorière]\n    mandateEnds: 2029-06-30\n",
      );
    const now = new Date("2027-02-12T16:00:00Z");
    bot.clock.set(now);
    const { territory, memberVocabulary: vocabulary } = bot.services;
    const outcome = await importMembers(
      bot.database.db,
      { territory, vocabulary, today: "2027-02-12" },
      memberFile.parse(changed, "membres.yaml", "yaml"),
      { now },
    );
    expect(outcome.ok).toBe(true);
    await runUntil(bot, new Date("2027-02-13T07:00:00Z"));
    const tasks = await bot.database.db.governanceTask.findMany({ where: { ruleKey: "board-change-declaration" } });
    expect(tasks).toHaveLength(1);
    const [task] = tasks;
    expect(DateTime.fromJSDate(task!.dueAt, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm")).toBe("2027-05-12 18:00");
    expect(task!.ownerRole).toBe("board_secretary");
    expect(task!.description).toContain("Paul Girard");
    expect(task!.description).toContain("Inès Garnier");
    expect(task!.legalReference).toContain("Loi du 1er juillet 1901, art. 5");
  });
});

describe("an AG convocation", () => {
  it("reaches the board and the members with RSVP buttons, and their answers give the quorum", async () => {
    bot = await createGovernanceBot({ now: new Date("2027-05-03T08:00:00Z"), classifier });
    const director = "sophie-lambert";
    const form = await bot.handle(
      inbound(director, {
        type: "form",
        actionId: "governance:meeting-form",
        values: { kind: "ag", when: "le 12 juin", place: "Salle du conseil, Villejuif", video: "", title: "" },
      }),
    );
    // A day without a time is not enough for a meeting.
    expect(text(form)).toContain("une date avec l'heure");
    const created = await bot.handle(
      inbound(director, {
        type: "form",
        actionId: "governance:meeting-form",
        values: {
          kind: "ag",
          when: "samedi 12 juin 2027 à 10h",
          place: "Salle du conseil, Villejuif",
          video: "",
          title: "",
        },
      }),
    );
    expect(text(created)).toContain("Réunion créée : Assemblée générale ordinaire");
    // 15 days before Saturday 12 June is Friday 28 May: the convocation leaves that morning.
    await runUntil(bot, new Date("2027-05-28T12:00:00Z"));
    const convocations = bot.timed.log.filter((s) => text(s.replies).includes("Convocation"));
    const members = await bot.database.db.member.count({
      where: { status: "active", roles: { some: { role: { in: ["member", "board_president"] } } } },
    });
    expect(convocations.length).toBeGreaterThanOrEqual(members);
    expect(DateTime.fromJSDate(convocations[0]!.at, { zone: ZONE }).toFormat("cccc HH:mm")).toBe("Friday 09:00");
    const toBoard = convocations.find((c) => c.to === "paul-girard")!;
    const toMember = convocations.find((c) => c.to === "claire-martin")!;
    const toDirector = convocations.find((c) => c.to === director)!;
    for (const c of [toBoard, toMember])
      expect(buttons(c.replies).map((b) => b.label)).toEqual([
        "Présent·e",
        "Absent·e",
        "Pouvoir donné à…",
        "Proposer un point",
      ]);
    expect(buttons(toDirector.replies)).toEqual([]);
    const present = buttons(toBoard.replies)[0]!.actionId;
    const meetingId = Number(present.split(":")[2]);
    const voters = await bot.database.db.member.findMany({
      where: {
        status: "active",
        roles: {
          some: {
            role: {
              in: [
                "member",
                "board_president",
                "board_vice_president",
                "board_treasurer",
                "board_secretary",
                "board_member",
              ],
            },
          },
        },
      },
      select: { key: true },
    });
    const required = Math.ceil(voters.length * 0.25);
    // A quarter of the members needed: all but three say present; then one gives a proxy to a present member.
    const keys = voters.map((v) => v.key!);
    let last: Reply[] = [];
    for (const key of keys.slice(0, required - 2))
      last = await bot.handle(clickFrom(key, `governance:rsvp:${meetingId}:present`));
    expect(text(last)).toContain("Quorum pas encore atteint");
    await bot.handle(clickFrom(keys[required]!, `governance:rsvp:${meetingId}:absent`));
    const offer = await bot.handle(clickFrom(keys[required + 1]!, `governance:proxy:${meetingId}`));
    expect(text(offer)).toContain("À qui donnez-vous pouvoir");
    const holder = await bot.idOf(keys[0]!);
    last = await bot.handle(clickFrom(keys[required + 1]!, `governance:proxy-to:${meetingId}:${holder}`));
    expect(text(last)).toContain("Quorum pas encore atteint");
    last = await bot.handle(clickFrom(keys[required - 2]!, `governance:rsvp:${meetingId}:present`));
    expect(text(last)).toContain(
      `Quorum atteint : ${required - 1} présents + 1 pouvoir, pour ${required} requis sur ${voters.length} convoqués`,
    );
    // The « convene the AG » task of the calendar is done by the convocation.
    const task = await bot.database.db.governanceTask.findFirst({ where: { ruleKey: "ag-convocation" } });
    expect(task?.status).toBe("done");
  }, 60_000);
});

describe("permissions and plain words", () => {
  it("refuses a volunteer politely and says who sees the governance tasks", async () => {
    bot = await createGovernanceBot({ now: new Date("2027-03-01T09:00:00Z"), classifier });
    await runUntil(bot, new Date("2027-03-01T09:30:00Z"));
    const replies = await bot.handle(textFrom("ines-garnier", "mes tâches"));
    expect(text(replies)).toContain(
      "réservées au bureau de l'association, à la direction et à l'équipe de coordination",
    );
    // The slash command too, and no task's title leaks in the answer.
    const command = await bot.handle(commandFrom("ines-garnier", "gouvernance", ""));
    expect(text(command)).toContain("réservées au bureau de l'association");
    const titles = await bot.database.db.governanceTask.findMany({ select: { title: true } });
    expect(titles.length).toBeGreaterThan(0);
    for (const { title } of titles) expect(text([...replies, ...command])).not.toContain(title);
  });

  it("lets the trésorier list his tasks, mark one done in plain words and snooze another with a reason", async () => {
    bot = await createGovernanceBot({ now: new Date("2027-03-01T07:00:00Z"), classifier });
    await runUntil(bot, new Date("2027-03-01T08:30:00Z"));
    const listed = await bot.handle(textFrom("paul-girard", "mes tâches"));
    expect(text(listed)).toContain("Établir les comptes annuels 2026");
    const done = await bot.handle(textFrom("paul-girard", "comptes déposés, c'est fait"));
    expect(text(done)).toContain("De quelle tâche s'agit-il ?");
    const closing = buttons(done).find((b) => b.label.startsWith("Établir les comptes annuels"))!;
    expect(text(await bot.handle(clickFrom("paul-girard", closing.actionId)))).toContain("c'est noté");
    const snoozed = await bot.handle(textFrom("paul-girard", "reporte à lundi, on attend le devis"));
    expect(text(snoozed)).toMatch(/reportée au lundi 8 mars 2027 à 09:00/);
    const events = await bot.database.db.governanceEvent.findMany({ where: { kind: { in: ["done", "snoozed"] } } });
    expect(events.map((e) => e.kind).sort()).toEqual(["done", "snoozed"]);
  });
});

describe("the weekly digest in the board's conversation", () => {
  it("is posted once a week, after Easter Monday on the Tuesday, and again when the platform failed the first try", async () => {
    bot = await createGovernanceBot({
      now: new Date("2027-03-29T05:00:00Z"),
      env: { GOVERNANCE_CHANNEL: "console:local:bureau" },
    });
    await bot.scheduler.planRecurring();
    bot.timed.failPostsTo("bureau");
    await runUntil(bot, new Date("2027-04-06T12:00:00Z"));
    const posts = bot.timed.posts.filter((p) => p.target.conversationId === "bureau").map((p) => text(p.replies));
    expect(posts).toHaveLength(2);
    expect(posts[0]).toContain("récapitulatif de la semaine (mardi 30 mars 2027)");
    expect(posts[0]).toContain("Établir les comptes annuels 2026");
    expect(posts[1]).toContain("récapitulatif de la semaine (lundi 5 avril 2027)");
    expect(bot.timed.log.filter((s) => text(s.replies).includes("récapitulatif"))).toEqual([]);
  });
});
