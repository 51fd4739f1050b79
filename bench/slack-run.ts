import { reply } from "../src/core/reply.ts";
import { DEFAULT_USERS, DEMO, dmMessageEvent, signedRequest } from "../test/support/fake-slack/index.ts";
import { SIGNING_SECRET, startSlackHarness } from "../test/support/slack-harness.ts";
import { benchEnvironment } from "./bench-output.ts";
import { type LatencySummary, summarize } from "./stats.ts";

export interface SlackBenchOptions {
  events: number;
  burst: number;
  fanout: number;
}

export interface SlackBenchResult {
  socketMode: { events: number; ack: LatencySummary; answer: LatencySummary; lateAcks: number };
  http: { events: number; ack: LatencySummary };
  burst: { messages: number; rateLimited: number; durationMs: number; delivered: number };
  fanout: { recipients: number; rateLimited: number; durationMs: number; sent: number; duplicates: number };
  environment: ReturnType<typeof benchEnvironment>;
}

/**
 * The Slack channel against the local Slack-compatible server of the tests (loopback only):
 * acknowledgement latency of events in Socket Mode and over HTTP, time to the answer, and a burst of
 * direct messages through the outbound port while the fake rate-limits.
 */
export async function runSlackBench(options: SlackBenchOptions): Promise<SlackBenchResult> {
  const volunteers = Array.from({ length: options.burst }, (_, i) => `U0VOL${String(i).padStart(4, "0")}`);
  // One sender writes hundreds of messages a minute here: lift the per-member rate limit.
  const env = { SEED_DEMO: "false", RATE_LIMIT_PER_MINUTE: "10000" };
  const socket = await startSlackHarness({
    env,
    fake: { users: [...DEFAULT_USERS, ...volunteers.map((id) => ({ id, name: id, realName: id }))] },
  });
  const acks: number[] = [];
  const answers: number[] = [];
  try {
    for (let i = 0; i < options.events; i++) {
      const before = socket.fake.calls("chat.postMessage").length;
      const started = performance.now();
      const ack = await socket.fake.sendEnvelope(
        "events_api",
        dmMessageEvent({ text: i % 2 ? "bonjour" : "besoin d'une HAD à Ivry" }),
      );
      acks.push(ack.latencyMs);
      await socket.fake.waitForCalls("chat.postMessage", before + 1, undefined, 10_000);
      answers.push(performance.now() - started);
    }
    const { db } = socket.t.database;
    for (const user of volunteers) {
      await db.member.create({
        data: {
          displayName: user,
          status: "active",
          identities: { create: { channel: "slack", workspaceId: DEMO.teamId, externalUserId: user } },
        },
      });
    }
    socket.fake.rateLimit("chat.postMessage", { every: 50, retryAfterSeconds: 1 });
    const members = await db.member.findMany({ where: { displayName: { startsWith: "U0VOL" } } });
    const began = performance.now();
    const results = await Promise.all(
      members.map((m) => socket.t.outbound.notify(m.id, [reply("Nouvelle mission proposée")], { urgent: true })),
    );
    const durationMs = Math.round(performance.now() - began);
    const burst = {
      messages: members.length,
      rateLimited: socket.fake.rateLimited("chat.postMessage"),
      durationMs,
      delivered: results.filter((r) => r.status === "sent").length,
    };
    const lateAcks = socket.fake.lateAcks.length;
    await socket.stop();

    const http = await startSlackHarness({ mode: "http", env });
    const httpAcks: number[] = [];
    try {
      const url = `http://127.0.0.1:${http.channel.port}/slack/events`;
      for (let i = 0; i < options.events; i++) {
        httpAcks.push(
          (await signedRequest(url, dmMessageEvent({ text: "bonjour" }), { signingSecret: SIGNING_SECRET })).latencyMs,
        );
      }
    } finally {
      await http.stop();
    }
    const fanout = await runFanout(options.fanout);
    return {
      socketMode: { events: options.events, ack: summarize(acks), answer: summarize(answers), lateAcks },
      http: { events: options.events, ack: summarize(httpAcks) },
      burst,
      fanout,
      environment: benchEnvironment(),
    };
  } catch (error) {
    await socket.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * An audience send to `recipients` members on Slack: one delivery (and one job) each, sent by the
 * scheduler while the fake answers 429 (Retry-After: 1 s) to every 50th chat.postMessage.
 */
async function runFanout(recipients: number): Promise<SlackBenchResult["fanout"]> {
  const users = Array.from({ length: recipients }, (_, i) => `U0FAN${String(i).padStart(5, "0")}`);
  const h = await startSlackHarness({
    env: { SEED_DEMO: "false" },
    fake: { users: [...DEFAULT_USERS, ...users.map((id) => ({ id, name: id, realName: id }))] },
  });
  try {
    const { db } = h.t.database;
    await db.member.createMany({ data: users.map((id) => ({ displayName: id, status: "active" as const })) });
    const members = await db.member.findMany({ where: { displayName: { startsWith: "U0FAN" } } });
    await db.platformIdentity.createMany({
      data: members.map((m) => ({
        memberId: m.id,
        channel: "slack" as const,
        workspaceId: DEMO.teamId,
        externalUserId: m.displayName,
      })),
    });
    await db.memberTag.createMany({
      data: members.map((m) => ({ memberId: m.id, kind: "interest" as const, value: "fanout" })),
    });
    h.fake.rateLimit("chat.postMessage", { every: 50, retryAfterSeconds: 1 });
    const began = performance.now();
    await h.t.outbound.send({
      audience: { tags: [{ kind: "interest", value: "fanout" }] },
      compose: (member) => [reply(`Convocation à l'assemblée générale — ${member.displayName}`)],
      key: "bench:fanout",
      urgent: true,
    });
    while ((await db.delivery.count({ where: { status: "pending" } })) > 0) await h.t.scheduler.tick();
    const durationMs = Math.round(performance.now() - began);
    const posted = h.fake.calls("chat.postMessage").map((c) => String(c.body.text ?? ""));
    const perMember = new Map<string, number>();
    for (const text of posted) {
      const id = /U0FAN\d+/.exec(text)?.[0];
      if (id) perMember.set(id, (perMember.get(id) ?? 0) + 1);
    }
    return {
      recipients,
      rateLimited: h.fake.rateLimited("chat.postMessage"),
      durationMs,
      sent: await db.delivery.count({ where: { sendKey: "bench:fanout", status: "sent" } }),
      duplicates: [...perMember.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    };
  } finally {
    await h.stop();
  }
}
