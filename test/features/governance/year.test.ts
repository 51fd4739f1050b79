import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_OBLIGATIONS_2027 } from "./demo-calendar.ts";
import { createGovernanceBot, type GovernanceBot, runUntil } from "./governance-bot.ts";

// A year of the demo calendar (content/association.yaml, content/governance-rules.yaml) with nobody completing
// anything, so every task goes through its reminders and its whole escalation ladder. The clock jumps from job
// to job; nothing sleeps.
const ZONE = "Europe/Paris";
const local = (at: Date) => DateTime.fromJSDate(at, { zone: ZONE });
const HORIZON_DAYS = 120;

let bot: GovernanceBot;
type Event = {
  taskId: number;
  kind: string;
  at: Date;
  detail: { key: string; lead?: number; level?: number; to: string[] };
};
let events: Event[];

beforeAll(async () => {
  bot = await createGovernanceBot({ now: new Date("2026-12-31T23:00:00Z"), inMemoryFolder: true });
  await bot.scheduler.planRecurring();
  await runUntil(bot, new Date("2027-12-31T22:00:00Z"));
  events = (await bot.database.db.governanceEvent.findMany({ orderBy: { id: "asc" } })).map((e) => ({
    ...e,
    detail: JSON.parse(e.detail ?? "{}"),
  }));
}, 300_000);
afterAll(async () => {
  await bot.close();
});

describe("a year of the demo calendar", () => {
  it("creates every obligation on the day it enters the horizon, due on its date at the end of the business day", async () => {
    const tasks = await bot.database.db.governanceTask.findMany({ orderBy: { dueAt: "asc" } });
    const due = Object.fromEntries(tasks.map((t) => [t.key, local(t.dueAt).toFormat("yyyy-MM-dd HH:mm")]));
    expect(due).toEqual({
      ...DEMO_OBLIGATIONS_2027,
      "funder-report:departement-94:interim-report:2028": "2028-01-31 18:00",
      "accounts-closing:2027": "2028-03-31 18:00",
    });
    for (const task of tasks) {
      const enters = local(task.dueAt).startOf("day").minus({ days: HORIZON_DAYS });
      const expected = enters < local(new Date("2027-01-01T00:00:00+01:00")) ? "2027-01-01" : enters.toISODate();
      expect([task.key, local(task.createdAt).toISODate()]).toEqual([task.key, expected]);
    }
  });

  it("sends each reminder once, at each lead time, then the escalation ladder in order", async () => {
    const tasks = await bot.database.db.governanceTask.findMany({ where: { dueAt: { lt: new Date("2027-12-01") } } });
    for (const task of tasks) {
      const mine = events.filter((e) => e.taskId === task.id && (e.kind === "reminded" || e.kind === "escalated"));
      const keys = mine.map((e) => e.detail.key);
      expect(new Set(keys).size).toBe(keys.length);
      const steps = mine.map((e) => (e.kind === "reminded" ? `lead ${e.detail.lead}` : `level ${e.detail.level}`));
      const leads = steps.filter((step) => step.startsWith("lead")).map((step) => Number(step.slice(5)));
      expect(leads.length).toBeGreaterThan(0);
      expect(leads.every((lead) => task.leadDays.split(",").map(Number).includes(lead))).toBe(true);
      expect(leads).toEqual([...leads].sort((a, b) => b - a));
      expect([task.key, steps.filter((s) => s.startsWith("level"))]).toEqual([
        task.key,
        ["level 1", "level 2", "level 3"],
      ]);
      expect(steps).toEqual([...steps.filter((s) => s.startsWith("lead")), "level 1", "level 2", "level 3"]);
      const times = mine.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(mine.filter((e) => e.kind === "escalated").every((e) => e.at > task.dueAt)).toBe(true);
    }
    // Each recipient got each message once: one delivery per key and member, and the channel saw no more.
    const deliveries = await bot.database.db.delivery.findMany({ where: { sendKey: { startsWith: "governance:" } } });
    expect(deliveries.every((d) => d.status === "sent")).toBe(true);
    expect(bot.timed.log.length).toBe(deliveries.length);
  });

  it("climbs the ladder by position: owner, then the secrétaire général, then the président(s) and the director", () => {
    const closing = events.filter((e) => e.detail.key?.startsWith("governance:overdue:") && e.kind === "escalated");
    const ofTask = (id: number) => closing.filter((e) => e.taskId === id).map((e) => e.detail.to);
    const treasurerTask = closing.find((e) => e.detail.to.includes("Paul Girard"))!.taskId;
    expect(ofTask(treasurerTask)).toEqual([
      ["Paul Girard"],
      ["Anne Dubois"],
      ["Dr Hélène Roussel", "Sophie Lambert", "Dr Marc Lefèvre"],
    ]);
  });

  it("sends nothing at night or at the weekend, and keeps 09:00 local across both daylight-saving changes", () => {
    expect(bot.timed.log.length).toBeGreaterThan(50);
    const outside = bot.timed.log.filter(({ at }) => {
      const t = local(at);
      return t.weekday > 5 || t.hour < 9 || t.hour >= 18;
    });
    expect(outside.map((s) => local(s.at).toISO())).toEqual([]);
    const sweeps = events.filter((e) => e.kind === "reminded" || e.kind === "escalated");
    expect(new Set(sweeps.map((e) => local(e.at).toFormat("HH:mm")))).toEqual(new Set(["09:00"]));
    // The same local 09:00 is 08:00 UTC in winter and 07:00 UTC in summer (clocks change on 28 March and 31 October).
    const sent = bot.timed.log.map((s) => s.at);
    const utcHours = (from: string, to: string) =>
      new Set(sent.filter((at) => at >= new Date(from) && at < new Date(to)).map((at) => at.getUTCHours()));
    expect(utcHours("2027-01-01", "2027-03-28")).toEqual(new Set([8]));
    expect(utcHours("2027-03-29", "2027-10-31")).toEqual(new Set([7]));
    expect(utcHours("2027-11-01", "2028-01-01")).toEqual(new Set([8]));
  });

  it("sends nothing on a French public holiday: what falls on one waits for the next working day", async () => {
    // Metropolitan France's public holidays of 2027 (Code du travail, L3133-1), Easter Monday and Whit Monday included.
    const holidays = [
      "01-01",
      "03-29",
      "05-01",
      "05-06",
      "05-08",
      "05-17",
      "07-14",
      "08-15",
      "11-01",
      "11-11",
      "12-25",
    ];
    const onHolidays = bot.timed.log.filter(({ at }) => holidays.includes(local(at).toFormat("MM-dd")));
    expect(onHolidays.map((s) => local(s.at).toISO())).toEqual([]);
    // The AG notice is due 15 June: its 30-day reminder falls on Sunday 16 May, then Whit Monday; it goes on Tuesday.
    const notice = await bot.database.db.governanceTask.findUniqueOrThrow({ where: { key: "ag-convocation:2026" } });
    const reminders30 = events.filter((e) => e.taskId === notice.id && e.kind === "reminded" && e.detail.lead === 30);
    expect(reminders30.map((e) => local(e.at).toFormat("cccc yyyy-MM-dd HH:mm"))).toEqual(["Tuesday 2027-05-18 09:00"]);
    // The digest of Easter Monday's week leaves on Tuesday morning.
    const easterWeek = bot.timed.log.filter(
      (s) =>
        local(s.at).toISODate()! >= "2027-03-29" &&
        local(s.at).toISODate()! <= "2027-04-02" &&
        s.replies.some((r) => JSON.stringify(r).includes("récapitulatif de la semaine")),
    );
    expect(new Set(easterWeek.map((s) => local(s.at).toFormat("cccc yyyy-MM-dd HH:mm")))).toEqual(
      new Set(["Tuesday 2027-03-30 09:00"]),
    );
  });

  it("sends a weekly digest to the board only when there is something to say", async () => {
    const digests = await bot.database.db.delivery.findMany({
      where: { sendKey: { startsWith: "governance:digest:" } },
    });
    const weeks = new Set(digests.map((d) => d.sendKey));
    expect(weeks.size).toBeGreaterThan(40);
    const board = await bot.database.db.member.count({
      where: {
        roles: {
          some: {
            role: {
              in: ["board_president", "board_vice_president", "board_treasurer", "board_secretary", "board_member"],
            },
          },
        },
      },
    });
    for (const week of weeks) expect(digests.filter((d) => d.sendKey === week)).toHaveLength(board);
  });
});
