import { draftOption, sendDraft } from "../src/features/announcements/actions.ts";
import { clickFrom, commandFrom, textFrom } from "../test/support/events.ts";
import { DEFAULT_USERS, DEMO, dmChannelFor } from "../test/support/fake-slack/index.ts";
import { startSlackHarness } from "../test/support/slack-harness.ts";
import { benchEnvironment } from "./bench-output.ts";

export interface AnnounceBenchOptions {
  members: number;
  /** The fake answers 429 (Retry-After: 1 s) to every nth chat.postMessage. */
  rateLimitEvery: number;
}

export interface AnnounceBenchResult {
  members: number;
  /** From the director's « Envoyer » to the last delivery recorded. */
  sendMs: number;
  /** The audience counted for the preview (members, channels). */
  previewMs: number;
  delivered: number;
  duplicates: number;
  missing: number;
  rateLimited: number;
  environment: ReturnType<typeof benchEnvironment>;
}

/**
 * A director's announcement to `members` fictional nurses of Vitry on Slack, through the whole core
 * (dialogue, preview, publication job, one delivery job each) and the real Slack channel against the
 * local fake, which answers 429 to every nth chat.postMessage. Duplicates are the bench members' direct
 * conversations that got the announcement more than once; missing, those that never got it.
 */
export async function runAnnounceBench(options: AnnounceBenchOptions): Promise<AnnounceBenchResult> {
  const users = Array.from({ length: options.members }, (_, i) => `U0ANN${String(i).padStart(5, "0")}`);
  const h = await startSlackHarness({
    env: { SEED_DEMO: "false", RATE_LIMIT_PER_MINUTE: "10000" },
    fake: { users: [...DEFAULT_USERS, ...users.map((id) => ({ id, name: id, realName: id }))] },
  });
  try {
    const { db } = h.t.database;
    // The harness seeds the demo network: its director persona writes; its own nurses of Vitry are reached too.
    await db.member.createMany({
      data: users.map((id) => ({ displayName: id, status: "active" as const, profession: "nurse" as const })),
    });
    const members = await db.member.findMany({
      where: { displayName: { startsWith: "U0ANN" } },
      select: { id: true, displayName: true },
    });
    await db.platformIdentity.createMany({
      data: members.map((m) => ({
        memberId: m.id,
        channel: "slack" as const,
        workspaceId: DEMO.teamId,
        externalUserId: m.displayName,
      })),
    });
    await db.memberCommune.createMany({ data: members.map((m) => ({ memberId: m.id, communeCode: "94081" })) });

    const say = (text: string) => h.t.handle(textFrom("director", text));
    await h.t.handle(commandFrom("director", "annonce", ""));
    await say("Formation soins palliatifs");
    await say("Une formation aux soins palliatifs à domicile aura lieu le 12 janvier.");
    await say("les infirmières de Vitry");
    const previewStarted = performance.now();
    await say("maintenant");
    const previewMs = Math.round(performance.now() - previewStarted);
    await h.t.handle(clickFrom("director", draftOption.id("urgent"))); // at any hour of the run

    h.fake.rateLimit("chat.postMessage", { every: options.rateLimitEvery, retryAfterSeconds: 1 });
    const began = performance.now();
    await h.t.handle(clickFrom("director", sendDraft.id()));
    while ((await h.t.scheduler.tick()) > 0 || (await db.delivery.count({ where: { status: "pending" } })) > 0) {}
    const sendMs = Math.round(performance.now() - began);

    const perConversation = new Map<string, number>();
    const benchConversations = new Set(users.map(dmChannelFor));
    for (const call of h.fake.calls("chat.postMessage")) {
      if (!String(call.body.text ?? "").includes("Formation soins palliatifs")) continue;
      if (!benchConversations.has(String(call.body.channel))) continue;
      const channel = String(call.body.channel);
      perConversation.set(channel, (perConversation.get(channel) ?? 0) + 1);
    }
    const copies = [...perConversation.values()];
    return {
      members: options.members,
      sendMs,
      previewMs,
      delivered: await db.delivery.count({
        where: { status: "sent", member: { displayName: { startsWith: "U0ANN" } } },
      }),
      duplicates: copies.reduce((sum, n) => sum + n - 1, 0),
      missing: options.members - perConversation.size,
      rateLimited: h.fake.rateLimited("chat.postMessage"),
      environment: benchEnvironment(),
    };
  } finally {
    await h.stop();
  }
}
