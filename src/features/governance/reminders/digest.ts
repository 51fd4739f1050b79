// The weekly digest to the board: what is due in the coming week, what is overdue, what was done in the last
// one; in the board's conversation when configured, else a direct message to each board member; only when there
// is something to say, and once a week (the week's key).
import { DateTime } from "luxon";
import type { JobContext } from "../../../core/feature.ts";
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import { escapeMarkdown } from "../../../core/markdown.ts";
import { list, type Reply, reply } from "../../../core/reply.ts";

import { formatDate } from "../../../util/time.ts";
import { BOARD_ROLES } from "../roles.ts";
import type { Governance } from "../runtime.ts";
import type { GovernanceTask } from "../tasks/task-store.ts";
import { taskLine } from "../tasks/task-view.ts";

type Logger = JobContext["log"];

const WEEK_MS = 7 * 86_400_000;
const CURSOR = "digest";

interface Digest {
  due: GovernanceTask[];
  overdue: GovernanceTask[];
  done: GovernanceTask[];
}

async function digestOf(gov: Governance, now: Date): Promise<Digest> {
  const { db } = gov.services;
  const week = new Date(now.getTime() + WEEK_MS);
  return {
    overdue: await db.governanceTask.findMany({
      where: { status: "open", dueAt: { lt: now } },
      orderBy: { dueAt: "asc" },
    }),
    due: await db.governanceTask.findMany({
      where: { status: "open", dueAt: { gte: now, lt: week } },
      orderBy: { dueAt: "asc" },
    }),
    done: await db.governanceTask.findMany({
      where: { status: "done", completedAt: { gte: new Date(now.getTime() - WEEK_MS) } },
      orderBy: { completedAt: "asc" },
    }),
  };
}

function compose(digest: Digest, t: Translate, locale: Locale, zone: string, now: Date): Reply {
  const view = { t, locale, zone, now };
  const parts: (string | ReturnType<typeof list>)[] = [
    t("governance.digest.title", { date: formatDate(now, locale, zone) }),
  ];
  const section = (key: string, tasks: GovernanceTask[], line: (task: GovernanceTask) => string) => {
    if (!tasks.length) return;
    parts.push(t(key, { count: tasks.length }));
    parts.push(list(tasks.map(line)));
  };
  section("governance.digest.overdue", digest.overdue, (task) => taskLine(task, view));
  section("governance.digest.due", digest.due, (task) => taskLine(task, view));
  section("governance.digest.done", digest.done, (task) =>
    t("governance.digest.doneLine", {
      title: escapeMarkdown(task.title),
      date: formatDate(task.completedAt!, locale, zone),
    }),
  );
  return reply(...parts);
}

/**
 * A post has no delivery key: the week is claimed first, so a rerun posts nothing twice; a post that fails (the
 * platform down) gives the week back, so the job's retry posts it. False when the week was posted already.
 */
async function postOnce(gov: Governance, week: number, post: () => Promise<unknown>): Promise<boolean> {
  const { db } = gov.services;
  const cursor = await db.governanceCursor.findUnique({ where: { name: CURSOR } });
  if (cursor && cursor.position >= week) return false;
  const claimed = cursor
    ? (
        await db.governanceCursor.updateMany({
          where: { name: CURSOR, position: cursor.position },
          data: { position: week },
        })
      ).count
    : await db.governanceCursor.create({ data: { name: CURSOR, position: week } }).then(() => 1);
  if (!claimed) return false;
  try {
    await post();
  } catch (error) {
    await db.governanceCursor.updateMany({
      where: { name: CURSOR, position: week },
      data: { position: cursor?.position ?? 0 },
    });
    throw error;
  }
  return true;
}

/** Sends this week's digest, unless there is nothing to say or it was sent already. */
export async function sendDigest(gov: Governance, log: Logger): Promise<"sent" | "nothing" | "already"> {
  const { clock, outbound, config, messages } = gov.services;
  const now = clock.now();
  const digest = await digestOf(gov, now);
  if (!digest.due.length && !digest.overdue.length && !digest.done.length) {
    log.info("governance digest: nothing to say this week");
    return "nothing";
  }
  const local = DateTime.fromJSDate(now, { zone: gov.zone });
  const week = local.weekYear * 100 + local.weekNumber;
  const { channel } = gov.settings;
  if (channel) {
    const locale = config.defaultLocale;
    const reply = compose(digest, messages.translator(locale), locale, gov.zone, now);
    if (!(await postOnce(gov, week, () => outbound.post(channel, [reply])))) return "already";
  } else {
    await outbound.send({
      audience: { roles: [...BOARD_ROLES] },
      key: `governance:digest:${week}`,
      compose: (_member, t, locale) => [compose(digest, t, locale, gov.zone, now)],
    });
  }
  log.info(
    { week, overdue: digest.overdue.length, due: digest.due.length, done: digest.done.length },
    "governance digest sent",
  );
  return "sent";
}
