import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { InboundEvent } from "../src/core/inbound.ts";
import { FeatureRegistry } from "../src/core/registry.ts";
import { features } from "../src/features/index.ts";
import { importMembers, type MemberImportOutcome, memberFile } from "../src/features/members/member-file/index.ts";
import { silentLogger } from "../src/log.ts";
import { PROJECT_ROOT } from "../src/paths.ts";
import { localToday } from "../src/util/row-file/field-formats.ts";
import { benchEnvironment } from "./bench-output.ts";
import { generateMembers, memberCsv, memberYaml } from "./member-file-generator.ts";
import { type LatencySummary, summarize } from "./stats.ts";

export interface MembersBenchOptions {
  members: number;
  /** Messages sent through the core, each from one of the imported members. */
  messages: number;
  /** DATA_DIR of the run, for the NLU model cache (the project's data/ by default, so no retraining). */
  dataDir?: string;
  /** Where to keep the generated member file (YAML), when wanted. */
  keep?: string;
}

export interface MembersBenchResult {
  members: number;
  fileBytes: number;
  /** Milliseconds: reading the file into rows; checking and comparing (dry run); applying in one transaction. */
  importMs: {
    readYaml: number;
    readCsv: number;
    dryRunEmpty: number;
    applyEmpty: number;
    dryRunUnchanged: number;
    applyUnchanged: number;
    applyTenPercentChanged: number;
  };
  /**
   * The member stage alone (`MemberDirectory.resolve`): a known chat identity's first message of the minute
   * (which also records when they were last seen) and its next ones; a new chat identity whose e-mail is a
   * member's (linked to them).
   */
  resolve: { knownFirstOfMinute: LatencySummary; knownAgain: LatencySummary; firstContactByEmail: LatencySummary };
  /** Messages through the whole core (dedupe, member, rate limit, privacy, NLU, handler, log), from members picked across all. */
  endToEnd: LatencySummary;
  environment: ReturnType<typeof benchEnvironment>;
}

function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  return work().then((value) => [value, Math.round(performance.now() - started)]);
}

function expectApplied(outcome: MemberImportOutcome): void {
  if (!outcome.ok) throw new Error(`The generated file has problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
}

/**
 * Generates a fictional member file, times its import on a fresh database (dry run, apply, re-import),
 * then gives every member a chat identity and times member resolution — alone and through the whole core —
 * with that many members in the database.
 */
export async function runMembersBench(options: MembersBenchOptions): Promise<MembersBenchResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "bot-members-bench-"));
  const registry = new FeatureRegistry(features);
  const config = loadConfig(
    {
      DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
      DATA_DIR: options.dataDir ?? path.join(PROJECT_ROOT, "data"),
      RATE_LIMIT_PER_MINUTE: "10000",
      SEED_DEMO: "false",
    },
    registry.settings(),
  );
  const app = await createApp(config, { log: silentLogger(), registry });
  try {
    const generated = generateMembers(options.members);
    const yamlFile = options.keep ?? path.join(dir, "members.yaml");
    const csvFile = path.join(dir, "members.csv");
    await writeFile(yamlFile, memberYaml(generated));
    await writeFile(csvFile, memberCsv(generated));
    const { db, territory, memberVocabulary: vocabulary } = app.services;
    const now = new Date();
    const context = { territory, vocabulary, today: localToday(now, config.timezone) };
    const [parsed, readYaml] = await timed(() => memberFile.read(yamlFile));
    const [, readCsv] = await timed(() => memberFile.read(csvFile));
    const run = async (file: typeof parsed, dryRun: boolean) => {
      const [outcome, ms] = await timed(() => importMembers(db, context, file, { now, dryRun }));
      expectApplied(outcome);
      return ms;
    };
    const dryRunEmpty = await run(parsed, true);
    const applyEmpty = await run(parsed, false);
    const dryRunUnchanged = await run(parsed, true);
    const applyUnchanged = await run(parsed, false);
    // One member in ten moves and volunteers (or, already a volunteer, just moves).
    const changed = generated.map((m, i) =>
      i % 10 === 0 ? { ...m, communes: ["Orly"], roles: [...new Set([...m.roles, "sympathisant"])] } : m,
    );
    const applyTenPercentChanged = await run(memberFile.parse(memberYaml(changed), "changed.yaml", "yaml"), false);

    const members = await db.member.findMany({ select: { id: true, key: true }, orderBy: { id: "asc" } });
    await db.platformIdentity.createMany({
      data: members.map((m) => ({
        memberId: m.id,
        channel: "console" as const,
        workspaceId: "bench",
        externalUserId: m.key!,
      })),
    });
    const pickMember = (i: number) => members[(i * 7919) % members.length]!;
    // A member's first message of the minute also writes when they were last seen; the next ones only read.
    const firstOfMinute: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < options.messages; i++) {
      const sender = { externalUserId: pickMember(i).key! };
      firstOfMinute.push((await timedPrecise(() => app.services.members.resolve("console", "bench", sender)))[1]);
      again.push((await timedPrecise(() => app.services.members.resolve("console", "bench", sender)))[1]);
    }
    const firstContact: number[] = [];
    for (let i = 0; i < Math.min(options.messages, members.length); i++) {
      const member = generated[(i * 7919) % generated.length]!;
      const [, ms] = await timedPrecise(() =>
        app.services.members.resolve("slack", "T-bench", { externalUserId: `U${i}`, email: member.email }),
      );
      firstContact.push(ms);
    }
    const texts = ["bonjour", "besoin d'une HAD à Vitry", "prochaines formations", "merci", "comment adhérer ?"];
    const endToEnd: number[] = [];
    for (let i = 0; i < options.messages; i++) {
      const sender = pickMember(i + 1).key!;
      const event: InboundEvent = {
        eventId: `members-bench-${i}`,
        sender: { externalUserId: sender, displayName: sender },
        conversation: { channel: "console", workspaceId: "bench", conversationId: `dm-${sender}`, kind: "direct" },
        payload: { type: "text", text: texts[i % texts.length]! },
        receivedAt: new Date(),
      };
      const [, ms] = await timedPrecise(() => app.bot.handle(event));
      endToEnd.push(ms);
    }
    return {
      members: options.members,
      fileBytes: Buffer.byteLength(memberYaml(generated)),
      importMs: { readYaml, readCsv, dryRunEmpty, applyEmpty, dryRunUnchanged, applyUnchanged, applyTenPercentChanged },
      resolve: {
        knownFirstOfMinute: summarize(firstOfMinute),
        knownAgain: summarize(again),
        firstContactByEmail: summarize(firstContact),
      },
      endToEnd: summarize(endToEnd),
      environment: benchEnvironment(),
    };
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function timedPrecise<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}
