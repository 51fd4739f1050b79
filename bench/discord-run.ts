import { reply } from "../src/core/reply.ts";
import { startDiscordHarness } from "../test/support/discord-harness.ts";
import { DISCORD_DEMO, user } from "../test/support/fake-discord/index.ts";
import { benchEnvironment } from "./bench-output.ts";
import { type LatencySummary, summarize } from "./stats.ts";

export interface DiscordBenchOptions {
  interactions: number;
  burst: number;
}

export interface DiscordBenchResult {
  interactions: { count: number; firstAnswer: LatencySummary; dmAnswer: LatencySummary; deferred: number };
  burst: {
    messages: number;
    durationMs: number;
    sent: number;
    lost: number;
    duplicates: number;
    rateLimited: number;
    restCalls: number;
  };
  environment: ReturnType<typeof benchEnvironment>;
}

const CALLBACK = "POST /interactions/:id/:token/callback";

/**
 * The Discord channel against the local Discord-compatible server of the tests (loopback only): time
 * from an interaction (a slash command) to its first answer and from a DM to the answer posted, then a
 * burst of proactive DMs through the outbound port with discord.js's own pace (Discord's 50 requests a
 * second) while the fake holds the route buckets and answers some 429s.
 */
export async function runDiscordBench(options: DiscordBenchOptions): Promise<DiscordBenchResult> {
  const volunteers = Array.from({ length: options.burst }, (_, i) =>
    user(`14000000000000${String(i).padStart(5, "0")}`, `benevole${i}`),
  );
  const h = await startDiscordHarness({
    // One member writes hundreds of messages a minute here: lift the per-member rate limit.
    env: { SEED_DEMO: "false", RATE_LIMIT_PER_MINUTE: "10000" },
    fake: { users: [DISCORD_DEMO.gp, ...volunteers] },
    globalRequestsPerSecond: 50,
  });
  try {
    const { gp } = DISCORD_DEMO;
    const firstAnswer: number[] = [];
    const dmAnswer: number[] = [];
    for (let i = 0; i < options.interactions; i++) {
      const question = i % 2 ? "aide" : "besoin d'une HAD à Ivry";
      let started = performance.now();
      const id = h.fake.command(gp, "reseau", { question });
      await h.fake.waitFor(CALLBACK, (c) => c.path.includes(`/${id}/`), 10_000);
      firstAnswer.push(performance.now() - started);
      await settled(h);
      const before = h.fake.messages(h.fake.dmChannel(gp)).length;
      started = performance.now();
      h.fake.dm(gp, question);
      await h.fake.waitForMessage(
        h.fake.dmChannel(gp),
        (m) => h.fake.messages(h.fake.dmChannel(gp)).indexOf(m) > before,
        10_000,
      );
      dmAnswer.push(performance.now() - started);
      await settled(h);
    }
    const deferred = h.fake.calls(CALLBACK).filter((c) => c.body.type === 5).length;
    return {
      interactions: {
        count: options.interactions,
        firstAnswer: summarize(firstAnswer),
        dmAnswer: summarize(dmAnswer),
        deferred,
      },
      burst: await runBurst(
        h,
        volunteers.map((v) => v.id),
      ),
      environment: benchEnvironment(),
    };
  } finally {
    await h.stop();
  }
}

/**
 * Waits until the bot has posted the rest of an answer (follow-ups, further messages): otherwise the
 * next event's answer would queue behind them at discord.js's 50 requests a second, and the figure
 * would measure that backlog rather than the answer.
 */
async function settled(h: Awaited<ReturnType<typeof startDiscordHarness>>): Promise<void> {
  let calls = -1;
  while (calls !== h.fake.calls().length) {
    calls = h.fake.calls().length;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** One proactive DM to each volunteer at once (never met before: each needs its DM channel opened). */
async function runBurst(h: Awaited<ReturnType<typeof startDiscordHarness>>, userIds: string[]) {
  const { db } = h.t.database;
  await db.member.createMany({
    data: userIds.map((id) => ({ displayName: `Bénévole ${id}`, status: "active" as const })),
  });
  const members = await db.member.findMany({ where: { displayName: { startsWith: "Bénévole " } } });
  await db.platformIdentity.createMany({
    data: members.map((m) => ({
      memberId: m.id,
      channel: "discord" as const,
      workspaceId: h.settings.guildId,
      externalUserId: m.displayName.slice("Bénévole ".length),
    })),
  });
  // Discord's documented message bucket (5 per 5 s per channel) and a tighter one for opening DMs.
  h.fake.rateLimit("POST /channels/:id/messages", { limit: 5, windowMs: 5000 });
  h.fake.rateLimit("POST /users/@me/channels", { limit: 30, windowMs: 1000 });
  h.fake.force429("POST /channels/:id/messages", 5, 1);
  const callsBefore = h.fake.calls().length;
  const began = performance.now();
  const results = await Promise.all(
    members.map((m) =>
      h.t.outbound.notify(m.id, [reply(`Nouvelle mission proposée — ${m.displayName}`)], { urgent: true }),
    ),
  );
  const durationMs = Math.round(performance.now() - began);
  const perMember = new Map<string, number>();
  for (const call of h.fake.calls("POST /channels/:id/messages")) {
    const name = /Bénévole \d+/.exec(String(call.body.content))?.[0];
    if (name) perMember.set(name, (perMember.get(name) ?? 0) + 1);
  }
  return {
    messages: members.length,
    durationMs,
    sent: results.filter((r) => r.status === "sent").length,
    lost: members.filter((m) => !perMember.has(m.displayName)).length,
    duplicates: [...perMember.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0),
    rateLimited: h.fake.rateLimited(),
    restCalls: h.fake.calls().length - callsBefore,
  };
}
