import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeRoles } from "../../../src/core/members/role-changes.ts";
import { dueMessages, type TaskMessage, taskMessages } from "../../../src/features/governance/reminders/plan.ts";
import { recipientsOf } from "../../../src/features/governance/reminders/recipients.ts";
import { BusinessClock } from "../../../src/features/governance/time/business-clock.ts";
import { publicHolidays } from "../../../src/features/governance/time/holidays.ts";
import { createGovernanceBot, type GovernanceBot } from "./governance-bot.ts";

// When a task's reminders and escalation steps leave (the plan, pure), and to whom (the ladder, by position).
const ZONE = "Europe/Paris";
const holidays = publicHolidays("FR");
if (typeof holidays === "string") throw new Error(holidays);
const rules = {
  clock: new BusinessClock(ZONE, { openMinutes: 9 * 60, closeMinutes: 18 * 60 }, holidays),
  escalationDays: [1, 7, 14] as const,
};
const paris = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const shown = (messages: TaskMessage[]) =>
  messages.map((m) => {
    const step = m.kind === "reminder" ? `lead ${m.lead}` : m.kind === "overdue" ? `level ${m.level}` : m.kind;
    return `${step} ${DateTime.fromJSDate(m.at, { zone: ZONE }).toFormat("ccc yyyy-MM-dd HH:mm")}`;
  });

/** Due Friday 12 March 2027 at the end of the day, created in January. */
const task = {
  id: 1,
  dueAt: paris("2027-03-12T18:00"),
  createdAt: paris("2027-01-04T09:00"),
  leadDays: "30,7,1",
  snoozedUntil: null,
};

describe("the plan of a task's messages", () => {
  it("reminds at each lead time and climbs the ladder after the due date, on working mornings only", () => {
    expect(shown(taskMessages(task, rules))).toEqual([
      "lead 30 Wed 2027-02-10 09:00",
      "lead 7 Fri 2027-03-05 09:00",
      "lead 1 Thu 2027-03-11 09:00",
      // Due + 1 day is a Saturday: the owner is told on Monday.
      "level 1 Mon 2027-03-15 09:00",
      "level 2 Fri 2027-03-19 09:00",
      "level 3 Fri 2027-03-26 09:00",
    ]);
  });

  it("moves a reminder that falls on a public holiday to the next working day", () => {
    // Due Tuesday after Whit Monday (17 May 2027): the day-before reminder goes on the morning of the due day.
    const afterWhitMonday = { ...task, dueAt: paris("2027-05-18T18:00"), leadDays: "1" };
    expect(shown(taskMessages(afterWhitMonday, rules)).slice(0, 1)).toEqual(["lead 1 Tue 2027-05-18 09:00"]);
  });

  it("passes over a lead time before the task existed", () => {
    const late = { ...task, createdAt: paris("2027-03-01T10:00") };
    expect(shown(taskMessages(late, rules)).filter((m) => m.startsWith("lead"))).toEqual([
      "lead 7 Fri 2027-03-05 09:00",
      "lead 1 Thu 2027-03-11 09:00",
    ]);
  });

  it("after a week down, sends only the latest reminder reached, not the ones missed", () => {
    expect(shown(dueMessages(task, paris("2027-03-11T10:00"), rules))).toEqual(["lead 1 Thu 2027-03-11 09:00"]);
  });

  it("once overdue, sends every escalation step reached, in order, and no more reminders", () => {
    expect(shown(dueMessages(task, paris("2027-03-12T19:00"), rules))).toEqual([]);
    expect(shown(dueMessages(task, paris("2027-03-19T09:00"), rules))).toEqual([
      "level 1 Mon 2027-03-15 09:00",
      "level 2 Fri 2027-03-19 09:00",
    ]);
  });

  it("says nothing while snoozed, then reminds at the snooze's end and escalates from it", () => {
    const snoozed = { ...task, snoozedUntil: paris("2027-03-20T09:00") };
    expect(dueMessages(snoozed, paris("2027-03-19T10:00"), rules)).toEqual([]);
    expect(shown(dueMessages(snoozed, paris("2027-03-22T09:00"), rules))).toEqual([
      "snooze-end Mon 2027-03-22 09:00",
      "level 1 Mon 2027-03-22 09:00",
    ]);
  });

  it("gives every message a key of its own, so each is sent once", () => {
    const keys = taskMessages(task, rules).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const moved = taskMessages({ ...task, dueAt: paris("2027-03-19T18:00") }, rules).map((m) => m.key);
    expect(moved.filter((key) => keys.includes(key))).toEqual([]);
  });
});

describe("the escalation ladder", () => {
  let bot: GovernanceBot;
  beforeAll(async () => {
    bot = await createGovernanceBot({ now: new Date("2027-03-15T08:00:00Z") });
  });
  afterAll(() => bot.close());

  const overdue = (level: 1 | 2 | 3): TaskMessage => ({ kind: "overdue", level, key: `k${level}`, at: new Date() });
  const reminder: TaskMessage = { kind: "reminder", lead: 7, key: "r", at: new Date() };
  const names = async (owner: { ownerRole: "board_treasurer" | "board_secretary" }, message: TaskMessage) =>
    (await recipientsOf(bot.database.db, { ownerId: null, ...owner }, message, false)).map((r) => r.displayName);

  it("goes from the owner to the secrétaire général, then the président(s) and the director", async () => {
    const treasurer = { ownerRole: "board_treasurer" as const };
    expect(await names(treasurer, reminder)).toEqual(["Paul Girard"]);
    expect(await names(treasurer, overdue(1))).toEqual(["Paul Girard"]);
    expect(await names(treasurer, overdue(2))).toEqual(["Anne Dubois"]);
    expect(await names(treasurer, overdue(3))).toEqual(["Dr Hélène Roussel", "Sophie Lambert", "Dr Marc Lefèvre"]);
  });

  it("does not tell a secrétaire who owns the task twice", async () => {
    expect(await names({ ownerRole: "board_secretary" }, overdue(2))).toEqual([]);
  });

  it("passes the owner's messages up when the position is vacant, and skips a vacant step above", async () => {
    const director = await bot.idOf("sophie-lambert");
    await changeRoles(
      bot.database.db,
      await bot.idOf("anne-dubois"),
      { remove: ["board_secretary"] },
      { actorId: director, source: "chat", now: bot.clock.now() },
    );
    expect(await names({ ownerRole: "board_secretary" }, reminder)).toEqual([
      "Dr Hélène Roussel",
      "Sophie Lambert",
      "Dr Marc Lefèvre",
    ]);
    // The secrétaire général's own step, vacant, tells nobody: the président(s) hear at their step.
    expect(await names({ ownerRole: "board_treasurer" }, overdue(2))).toEqual([]);
  });
});
