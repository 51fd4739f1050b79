// The demo network with every member reachable on the console, and the director writing announcements.

import type { Reply } from "../../../src/core/reply.ts";
import { replyToPlainText } from "../../../src/core/reply.ts";
import { seedDemo } from "../../../src/demo/seed-demo.ts";
import { draftOption, markRead, sendDraft } from "../../../src/features/announcements/actions.ts";
import { features } from "../../../src/features/index.ts";
import { clickFrom, commandFrom, textFrom } from "../../support/events.ts";
import { ScriptedClassifier } from "../../support/scripted-classifier.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "../../support/test-bot.ts";

const ANNOUNCEMENT_CHANNEL = "console:local:annonces";

/**
 * The real core with every feature, the demo member file, and a console identity for each member who
 * has none (their member key), so that every member of the file can be reached.
 */
export async function announcementBot(options: TestBotOptions = {}): Promise<TestBot> {
  const t = await createTestBot({
    classifier: new ScriptedClassifier({
      "je voudrais faire une annonce aux médecins généralistes de Vitry et d'Ivry": {
        intent: "announcement.create",
        score: 0.95,
      },
    }),
    ...options,
    features: options.features ?? features,
    env: { ANNOUNCEMENT_CHANNELS: ANNOUNCEMENT_CHANNEL, ...options.env },
  });
  await seedDemo(t.services);
  const db = t.database.db;
  const unreachable = await db.member.findMany({
    where: { identities: { none: {} } },
    select: { id: true, key: true },
  });
  await db.platformIdentity.createMany({
    data: unreachable.map((m) => ({
      memberId: m.id,
      channel: "console" as const,
      workspaceId: "local",
      externalUserId: m.key!,
    })),
  });
  return t;
}

export const text = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");

/** The director writes an announcement in chat, answer after answer, up to the preview. */
export async function writeAnnouncement(
  t: TestBot,
  answers: { title: string; body: string; audience: string; when: string },
  as = "director",
): Promise<Reply[]> {
  await t.handle(commandFrom(as, "annonce", ""));
  await t.handle(textFrom(as, answers.title));
  await t.handle(textFrom(as, answers.body));
  await t.handle(textFrom(as, answers.audience));
  return t.handle(textFrom(as, answers.when));
}

/**
 * The director's announcement to « les médecins généralistes de Vitry et d'Ivry », sent at once (in their
 * direct messages, and in the announcement channels too with `inChannels`), its jobs run.
 */
export async function announceToGps(t: TestBot, options: { inChannels?: boolean } = {}): Promise<void> {
  await writeAnnouncement(t, {
    title: "Admissions HAD",
    body: "Les admissions en HAD passent par la plateforme dès le 1er décembre.",
    audience: "les médecins généralistes de Vitry et d'Ivry",
    when: "maintenant",
  });
  if (options.inChannels) await option(t, "where");
  await send(t);
  await runJobs(t);
}

export const send = (t: TestBot, as = "director") => t.handle(clickFrom(as, sendDraft.id()));
export const option = (t: TestBot, name: "urgent" | "where", as = "director") =>
  t.handle(clickFrom(as, draftOption.id(name)));
export const read = (t: TestBot, user: string, id: number) => t.handle(clickFrom(user, markRead.id(id)));

/** Runs every job due, and the jobs those schedule, until none is left. */
export async function runJobs(t: TestBot): Promise<void> {
  while ((await t.scheduler.tick()) > 0) {}
}
