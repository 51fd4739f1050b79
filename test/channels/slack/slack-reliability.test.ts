import { afterEach, describe, expect, it } from "vitest";
import { reply } from "../../../src/core/reply.ts";
import { DEFAULT_USERS, dmMessageEvent } from "../../support/fake-slack/index.ts";
import {
  blockText,
  DEMO,
  type SlackHarness,
  startSlackHarness,
  submitRequestModal,
} from "../../support/slack-harness.ts";

describe("the Slack channel's reliability", () => {
  let h: SlackHarness;
  afterEach(async () => {
    await h.stop();
  });

  const answersTo = (text: string) =>
    h.fake.calls("chat.postMessage").filter((c) => c.body.channel === "D0GP" && blockText(c.body).includes(text));

  it("answers an event once when Socket Mode redelivers it, also after a restart", async () => {
    h = await startSlackHarness();
    const event = dmMessageEvent({ text: "bonjour" });
    await h.fake.sendEnvelope("events_api", event);
    await h.fake.waitFor("chat.postMessage", (c) => blockText(c.body).includes("Bonjour"), 5000);
    await h.fake.sendEnvelope("events_api", event, { retryAttempt: 1, retryReason: "timeout" });
    await h.restart();
    await h.fake.sendEnvelope("events_api", event, { retryAttempt: 2, retryReason: "timeout" });
    // A later message is answered: everything before it was handled (or dropped) already.
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "merci" }));
    await h.fake.waitFor(
      "chat.postMessage",
      (c) => c.body.channel === "D0GP" && !blockText(c.body).includes("Bonjour"),
      5000,
    );
    expect(answersTo("Bonjour")).toHaveLength(1);
    expect(h.fake.lateAcks).toEqual([]);
  });

  it("logs a Web API error with its Slack code and keeps serving", async () => {
    const lines: string[] = [];
    const { pino } = await import("pino");
    const { Writable } = await import("node:stream");
    h = await startSlackHarness({
      log: pino(
        { level: "info" },
        new Writable({
          write: (c, _e, done) => {
            lines.push(String(c));
            done();
          },
        }),
      ),
    });
    h.fake.failNext("chat.postMessage", "channel_not_found");
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "bonjour" }));
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "aide" }));
    await h.fake.waitFor("chat.postMessage", (c) => blockText(c.body).includes("Voici ce que je sais faire"), 5000);
    expect(
      lines.some((l) => l.includes('"slackError":"channel_not_found"') && l.includes('"method":"chat.postMessage"')),
    ).toBe(true);
  });

  it("reconnects when Slack closes the socket", async () => {
    h = await startSlackHarness({ clientPingTimeoutMs: 300 });
    await h.fake.disconnect("refresh_requested");
    await h.fake.waitForConnection(2, 5000);
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "bonjour" }));
    await h.fake.waitFor("chat.postMessage", (c) => blockText(c.body).includes("Bonjour"), 5000);
  });

  it("delivers 300 direct messages sent in a burst, each once, when Slack rate-limits", async () => {
    const users = Array.from({ length: 300 }, (_, i) => `U0VOL${String(i).padStart(3, "0")}`);
    h = await startSlackHarness({
      fake: { users: [...DEFAULT_USERS, ...users.map((id) => ({ id, name: id.toLowerCase(), realName: id }))] },
    });
    const { db } = h.t.database;
    for (const [i, user] of users.entries()) {
      await db.member.create({
        data: {
          displayName: `Bénévole ${i}`,
          status: "active",
          identities: {
            create: {
              channel: "slack",
              workspaceId: DEMO.teamId,
              externalUserId: user,
              lastSeenAt: new Date("2026-11-20T10:00:00Z"),
            },
          },
        },
      });
    }
    h.fake.rateLimit("chat.postMessage", { every: 25, retryAfterSeconds: 0 });
    h.fake.rateLimit("conversations.open", { every: 40, retryAfterSeconds: 0 });
    const members = await db.member.findMany({ where: { displayName: { startsWith: "Bénévole" } } });
    const results = await Promise.all(
      members.map((m) =>
        h.t.outbound.notify(m.id, [reply(`Nouvelle mission pour ${m.displayName}`)], { urgent: true }),
      ),
    );
    expect(results.every((r) => r.status === "sent")).toBe(true);
    const posted = h.fake.calls("chat.postMessage").map((c) => blockText(c.body));
    expect(h.fake.rateLimited("chat.postMessage")).toBeGreaterThan(0);
    for (const m of members)
      expect(posted.filter((text) => text.endsWith(`Nouvelle mission pour ${m.displayName}`))).toHaveLength(1);
  });

  it("opens and submits a form whose button was posted before a restart", async () => {
    h = await startSlackHarness();
    await h.fake.sendEnvelope("events_api", dmMessageEvent({ text: "j'ai besoin de la coordination pour un patient" }));
    const question = await h.fake.waitFor(
      "chat.postMessage",
      (c) => c.body.channel === "D0GP" && blockText(c.body).includes("De quel type d'appui"),
      5000,
    );
    await h.restart();
    await submitRequestModal(h, question, {
      summary: "sortie d'hôpital, besoin d'aides à domicile",
      need: "home_care",
      commune: "94081",
      urgency: "within_48h",
    });
    await h.fake.waitFor("chat.postMessage", (c) => /Demande \*n°\d+\* transmise/.test(blockText(c.body)), 5000);
    expect(await h.t.database.db.coordinationRequest.findFirstOrThrow()).toMatchObject({
      needType: "home_care",
      communeCode: "94081",
      sourceChannel: "slack",
    });
    expect(h.fake.calls("chat.postMessage").some((c) => /plus disponible|plus valable/.test(blockText(c.body)))).toBe(
      false,
    );
  });

  it("fans an audience send out to 1,000 members, each reached once, while Slack rate-limits", async () => {
    const users = Array.from({ length: 1000 }, (_, i) => `U1K${String(i).padStart(4, "0")}`);
    h = await startSlackHarness({
      env: { SEED_DEMO: "false" },
      fake: { users: [...DEFAULT_USERS, ...users.map((id) => ({ id, name: id.toLowerCase(), realName: id }))] },
    });
    await h.t.database.db.member.createMany({
      data: users.map((_, i) => ({ displayName: `Membre ${i}`, status: "active" as const })),
    });
    const members = await h.t.database.db.member.findMany({ where: { displayName: { startsWith: "Membre " } } });
    await h.t.database.db.platformIdentity.createMany({
      data: members.map((m, i) => ({
        memberId: m.id,
        channel: "slack" as const,
        workspaceId: DEMO.teamId,
        externalUserId: users[i]!,
      })),
    });
    await h.t.database.db.memberTag.createMany({
      data: members.map((m) => ({ memberId: m.id, kind: "interest" as const, value: "assemblee-generale" })),
    });
    h.fake.rateLimit("chat.postMessage", { every: 50, retryAfterSeconds: 0 });
    h.fake.rateLimit("conversations.open", { every: 70, retryAfterSeconds: 0 });

    const sent = await h.t.outbound.send({
      audience: { tags: [{ kind: "interest", value: "assemblee-generale" }] },
      compose: (member) => [reply(`Assemblée générale le 12 décembre — pour ${member.displayName}`)],
      key: "announcement:ag-2026",
      urgent: true,
    });
    expect(sent).toEqual({ created: 1000, alreadyThere: 0 });
    while ((await h.t.database.db.delivery.count({ where: { status: "pending" } })) > 0) await h.t.scheduler.tick();

    const posted = h.fake.calls("chat.postMessage").map((c) => blockText(c.body));
    expect(h.fake.rateLimited("chat.postMessage")).toBeGreaterThan(0);
    for (const m of members) expect(posted.filter((text) => text.endsWith(`pour ${m.displayName}`))).toHaveLength(1);
    expect(await h.t.database.db.delivery.count({ where: { sendKey: "announcement:ag-2026", status: "sent" } })).toBe(
      1000,
    );
  }, 120_000);
});
