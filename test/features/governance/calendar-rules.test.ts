import { DateTime } from "luxon";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { changeRoles } from "../../../src/core/members/role-changes.ts";
import { readBoardChanges } from "../../../src/features/governance/calendar/board-changes.ts";
import { openSuccessionTasks } from "../../../src/features/governance/calendar/succession.ts";
import { yearlyObligations } from "../../../src/features/governance/calendar/yearly-obligations.ts";
import type { AssociationConfig } from "../../../src/features/governance/config/association-file.ts";
import {
  type GovernanceFiles,
  loadGovernanceFiles,
} from "../../../src/features/governance/config/load-governance-files.ts";
import { GovernanceRuntime, governanceOf } from "../../../src/features/governance/runtime.ts";
import { BusinessClock } from "../../../src/features/governance/time/business-clock.ts";
import { CONTENT_DIR } from "../../../src/paths.ts";
import { DEMO_OBLIGATIONS_2027 } from "./demo-calendar.ts";
import { createGovernanceBot, type GovernanceBot, runUntil } from "./governance-bot.ts";

// The compliance calendar computed from content/governance-rules.yaml and an association's configuration: which
// obligations, due when, resting on which text.
const ZONE = "Europe/Paris";
const clock = new BusinessClock(ZONE, { openMinutes: 9 * 60, closeMinutes: 18 * 60 });
const day = (at: Date) => DateTime.fromJSDate(at, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm");

let files: GovernanceFiles;
beforeAll(async () => {
  files = await loadGovernanceFiles(CONTENT_DIR);
});

/** The obligations of a year from 1 January of `year`, by key, with their due date. */
function calendar(change: Partial<AssociationConfig> = {}, year = 2027) {
  const association = { ...files.association, ...change };
  const seeds = yearlyObligations(association, files.rules, clock, {
    today: { year, month: 1, day: 1 },
    horizonDays: 364,
    locale: "fr",
  });
  return new Map(seeds.map((seed) => [seed.key, seed]));
}

describe("the yearly obligations", () => {
  it("dates each obligation of the demo association (fiscal year closing on 31 December) from its rule", () => {
    const due = Object.fromEntries([...calendar()].map(([key, seed]) => [key, day(seed.dueAt)]));
    expect(due).toEqual(DEMO_OBLIGATIONS_2027);
  });

  it("follows the fiscal year end and the statutes' notice period", () => {
    const due = calendar(
      {
        fiscalYearEnd: "06-30",
        meetings: { ...files.association.meetings, ag: { ...files.association.meetings.ag, noticeDays: 21 } },
      },
      2027,
    );
    // Months are counted from date to same date: 6 months after 30 June is 30 December.
    expect(day(due.get("ag-accounts-approval:2027")!.dueAt)).toBe("2027-12-30 18:00");
    expect(day(due.get("ag-convocation:2027")!.dueAt)).toBe("2027-12-09 18:00");
    expect(day(due.get("financial-report:ars-fir:2027")!.dueAt)).toBe("2027-12-30 18:00");
    expect(day(due.get("accounts-closing:2027")!.dueAt)).toBe("2027-09-30 18:00");
    expect(due.has("ag-accounts-approval:2026")).toBe(false);
  });

  it.each([
    [0, false],
    [153_000, false],
    [153_001, true],
    [412_000, true],
  ])("with %i € of public subsidies a year, asks for an auditor and published accounts: %s", (subsidies, above) => {
    const keys = [...calendar({ yearlyPublicSubsidies: subsidies }).keys()];
    for (const rule of ["accounts-closing", "cac-certification", "accounts-publication"])
      expect([rule, keys.some((key) => key.startsWith(`${rule}:`))]).toEqual([rule, above]);
    // The AG and the financial reports are owed whatever the amount.
    expect(keys).toContain("ag-accounts-approval:2026");
    expect(keys).toContain("financial-report:ars-fir:2026");
  });

  it("cites each obligation's text, and says when a rule's source could not be checked", () => {
    const due = calendar();
    expect(due.get("financial-report:ars-fir:2026")!.legalReference).toBe(
      "Loi n° 2000-321 du 12 avril 2000, art. 10, al. 4 ; arrêté du 11 octobre 2006 (Cerfa 15059)",
    );
    expect(due.get("cac-certification:2026")!.legalReference).toContain("Code de commerce, art. L612-4");
    expect(due.get("cac-certification:2026")!.legalReference).toContain("D612-5 (seuil de 153 000 €)");
    expect(due.get("funder-report:ars-fir:activity-report:2027")!.legalReference).toBe(
      "Convention de financement (source indiquée dans association.yaml) — Convention FIR 2026-2028 (démo), art. 6 (source non vérifiée)",
    );
    for (const rule of files.rules) expect([rule.key, rule.reference.checked.length > 10]).toEqual([rule.key, true]);
  });

  it("gives each task the owner and lead times of its rule", () => {
    const task = calendar().get("ag-convocation:2026")!;
    expect(task).toMatchObject({ ownerRole: "board_secretary", leadDays: "30,7,1", category: "instances" });
    expect(task.title).toBe("Convoquer l'assemblée générale ordinaire (exercice 2026)");
  });
});

describe("the declaration of board changes (Cerfa 13971) and the succession", () => {
  let bot: GovernanceBot;
  afterEach(() => bot.close());

  it("is due 3 months after a change, month ends kept; later changes join the open declaration", async () => {
    bot = await createGovernanceBot({ now: new Date("2027-11-30T08:00:00Z") });
    await runUntil(bot, new Date("2027-11-30T08:30:00Z"));
    const runtime = new GovernanceRuntime(CONTENT_DIR);
    await runtime.load();
    const gov = governanceOf(bot.services, runtime);
    const director = await bot.idOf("sophie-lambert");
    const change = async (key: string, at: string, request: Parameters<typeof changeRoles>[2]) => {
      bot.clock.set(at);
      await changeRoles(bot.database.db, await bot.idOf(key), request, {
        actorId: director,
        source: "chat",
        now: bot.clock.now(),
      });
    };
    await change("paul-girard", "2027-11-30T10:00:00Z", { remove: ["board_treasurer"] });
    expect(await readBoardChanges(gov)).toBe(1);
    await change("ines-garnier", "2027-12-15T10:00:00Z", { add: ["board_treasurer"] });
    // A role that is not a board position opens nothing.
    await change("claire-martin", "2027-12-15T10:00:00Z", { add: ["volunteer"] });
    expect(await readBoardChanges(gov)).toBe(1);
    const tasks = await bot.database.db.governanceTask.findMany({ where: { ruleKey: "board-change-declaration" } });
    expect(tasks).toHaveLength(1);
    // 30 November + 3 months: there is no 30 February, so the last day of February (2028 is a leap year).
    expect(day(tasks[0]!.dueAt)).toBe("2028-02-29 18:00");
    expect(tasks[0]!.description).toMatch(/Paul Girard[\s\S]*Inès Garnier/);
    expect(tasks[0]!.legalReference).toBe(
      "Loi du 1er juillet 1901, art. 5, al. 5 et 6 ; décret du 16 août 1901, art. 3",
    );
  });

  it("asks the board to call for candidates before the notice of the AG that precedes the mandates' end", async () => {
    bot = await createGovernanceBot({ now: new Date("2029-03-01T08:00:00Z") });
    const runtime = new GovernanceRuntime(CONTENT_DIR);
    await runtime.load();
    await bot.database.db.memberRole.updateMany({
      where: { role: { in: ["board_treasurer", "board_secretary"] } },
      data: { mandateEndsAt: new Date("2029-09-30T00:00:00Z") },
    });
    await openSuccessionTasks(governanceOf(bot.services, runtime));
    const tasks = await bot.database.db.governanceTask.findMany({ where: { ruleKey: "mandate-succession" } });
    const ending = tasks.find((t) => t.key === "mandate-succession:2029-09-30");
    // The AG before 30 September 2029 is due 30 June; its notice 15 June; the call 30 days before.
    expect(ending && day(ending.dueAt)).toBe("2029-05-16 18:00");
    expect(ending!.description).toContain("Paul Girard");
    expect(ending!.description).toContain("Anne Dubois");
  });
});
