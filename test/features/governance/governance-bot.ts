// A test bot with the governance feature on the demo association and the demo member file, every member
// reachable in the terminal, and the time of every direct message recorded.
import { readFile } from "node:fs/promises";
import type { Clock } from "../../../src/core/clock.ts";
import type { Feature } from "../../../src/core/feature.ts";
import type { IdentityTarget, SentMessage } from "../../../src/core/outbound-port.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { governanceFeature } from "../../../src/features/governance/index.ts";
import { importMembers, memberFile } from "../../../src/features/members/member-file/index.ts";
import { CONTENT_DIR, DEMO_MEMBERS_FILE } from "../../../src/paths.ts";
import { localToday } from "../../../src/util/row-file/field-formats.ts";
import { FakeChannel } from "../../support/fake-channel.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "../../support/test-bot.ts";

/** Records when each direct message left, and to whom (the console user id is the member's key). */
class TimedChannel extends FakeChannel {
  readonly log: { at: Date; to: string; replies: Reply[] }[] = [];
  constructor(private readonly clock: Clock) {
    super("console");
  }
  override async sendDirect(target: IdentityTarget, replies: Reply[]): Promise<SentMessage> {
    const result = await super.sendDirect(target, replies);
    this.log.push({ at: this.clock.now(), to: target.externalUserId, replies });
    return result;
  }
}

export interface GovernanceBot extends TestBot {
  timed: TimedChannel;
  /** Member id by key of the member file. */
  idOf(key: string): Promise<number>;
}

export async function createGovernanceBot(
  options: TestBotOptions & { members?: string; features?: Feature[] } = {},
): Promise<GovernanceBot> {
  const bot = await createTestBot({ ...options, features: options.features ?? [governanceFeature(CONTENT_DIR)] });
  const source = options.members ?? (await readFile(DEMO_MEMBERS_FILE, "utf8"));
  const now = bot.clock.now();
  const outcome = await importMembers(
    bot.database.db,
    {
      territory: bot.services.territory,
      vocabulary: bot.services.memberVocabulary,
      today: localToday(now, "Europe/Paris"),
    },
    memberFile.parse(source, "members.yaml", "yaml"),
    { now },
  );
  if (!outcome.ok) throw new Error("the test member file is invalid");
  const members = await bot.database.db.member.findMany({ select: { id: true, key: true, displayName: true } });
  await bot.database.db.platformIdentity.createMany({
    data: members.map((m) => ({
      memberId: m.id,
      channel: "console" as const,
      workspaceId: "local",
      externalUserId: m.key!,
      displayName: m.displayName,
    })),
  });
  const timed = new TimedChannel(bot.clock);
  bot.outbound.attach(timed);
  return {
    ...bot,
    timed,
    idOf: async (key) => (await bot.database.db.member.findUniqueOrThrow({ where: { key } })).id,
  };
}

/** Moves the clock from job to job (no sleeping) and runs each, until `end`. */
export async function runUntil(bot: TestBot, end: Date): Promise<void> {
  for (;;) {
    const next = await bot.database.db.job.findFirst({
      where: { status: "pending", runAt: { lte: end } },
      orderBy: { runAt: "asc" },
    });
    if (!next) break;
    if (next.runAt > bot.clock.now()) bot.clock.set(next.runAt);
    await bot.scheduler.tick();
  }
  if (end > bot.clock.now()) bot.clock.set(end);
}
