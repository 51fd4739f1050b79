// The proof that two chat accounts belong to one person: a one-time code shown on one, typed on the other.
import { createHash, randomInt } from "node:crypto";
import { fail, ok, type Result } from "../../core/errors.ts";
import type { Database } from "../../core/persistence.ts";

/** Letters and digits that cannot be mistaken for one another (no I, O, 0 or 1): 32 symbols. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 8 symbols: 2^40 codes, shown as ABCD-EFGH. */
const CODE_LENGTH = 8;
export const CODE_TTL_MINUTES = 10;
/** Wrong codes one member may type in {@link ATTEMPT_WINDOW_MS} before being told to wait. */
const MAX_FAILURES_PER_MEMBER = 5;
const ATTEMPT_WINDOW_MS = 3600_000;
/** Wrong codes everyone together may type in {@link GLOBAL_WINDOW_MS} before linking pauses. */
const MAX_FAILURES_OVERALL = 30;
const GLOBAL_WINDOW_MS = 10 * 60_000;

export type RedeemError =
  | "accounts.link.malformed"
  | "accounts.link.tooManyAttempts"
  | "accounts.link.paused"
  | "accounts.link.unknownCode"
  | "accounts.link.usedCode"
  | "accounts.link.expiredCode"
  | "accounts.link.sameMember";

/** A valid code: the member who asked for it. Not used yet: {@link LinkCodes.use} does that. */
export interface ValidCode {
  codeId: number;
  memberId: number;
}

const hashOf = (code: string) => createHash("sha256").update(code).digest("hex");

/** The code as typed, in upper case without spaces or dashes; undefined when it cannot be a code. */
function normalize(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  return code.length === CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

/**
 * One-time codes that link another chat identity to a member (`/lier`): random, valid ten minutes,
 * used once, stored only as a hash. Wrong codes are counted per member and overall, so guessing one
 * (one chance in a thousand billion per try) stops after a few tries.
 */
export class LinkCodes {
  constructor(private readonly db: Database) {}

  /** A new code for the member; the member's earlier unused codes stop working. */
  async issue(memberId: number, now: Date): Promise<{ code: string; expiresAt: Date }> {
    const code = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
    await this.db.$transaction([
      this.db.linkCode.deleteMany({ where: { memberId, usedAt: null } }),
      this.db.linkCode.create({ data: { codeHash: hashOf(code), memberId, expiresAt, createdAt: now } }),
    ]);
    return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt };
  }

  /** Checks a code typed by `typistId` (the member behind the identity that typed it); wrong ones count. */
  async check(typistId: number, typed: string, now: Date): Promise<Result<ValidCode, RedeemError>> {
    const since = (ms: number) => ({ gt: new Date(now.getTime() - ms) });
    const failures = await this.db.linkAttempt.findMany({
      where: { memberId: typistId, at: since(ATTEMPT_WINDOW_MS) },
      orderBy: { at: "asc" },
    });
    if (failures.length >= MAX_FAILURES_PER_MEMBER) {
      const free = failures[0]!.at.getTime() + ATTEMPT_WINDOW_MS;
      return fail("accounts.link.tooManyAttempts", { minutes: Math.ceil((free - now.getTime()) / 60_000) });
    }
    if ((await this.db.linkAttempt.count({ where: { at: since(GLOBAL_WINDOW_MS) } })) >= MAX_FAILURES_OVERALL) {
      return fail("accounts.link.paused");
    }
    const code = normalize(typed);
    if (!code) return fail("accounts.link.malformed");
    const row = await this.db.linkCode.findUnique({ where: { codeHash: hashOf(code) } });
    const left = MAX_FAILURES_PER_MEMBER - failures.length - 1;
    if (!row || row.usedAt) {
      await this.db.linkAttempt.create({ data: { memberId: typistId, at: now } });
      return fail(row ? "accounts.link.usedCode" : "accounts.link.unknownCode", { left });
    }
    if (row.expiresAt <= now) return fail("accounts.link.expiredCode", { minutes: CODE_TTL_MINUTES });
    if (row.memberId === typistId) return fail("accounts.link.sameMember");
    return ok({ codeId: row.id, memberId: row.memberId });
  }

  /** Marks a checked code used; false when another identity used it in the meantime. */
  async use(codeId: number, now: Date): Promise<boolean> {
    const { count } = await this.db.linkCode.updateMany({ where: { id: codeId, usedAt: null }, data: { usedAt: now } });
    return count === 1;
  }

  /** Drops what is no longer needed: codes used or expired for a day, attempts older than a day. */
  async purge(now: Date): Promise<number> {
    const dayAgo = new Date(now.getTime() - 86_400_000);
    const codes = await this.db.linkCode.deleteMany({
      where: { OR: [{ expiresAt: { lt: dayAgo } }, { usedAt: { lt: dayAgo } }] },
    });
    const attempts = await this.db.linkAttempt.deleteMany({ where: { at: { lt: dayAgo } } });
    return codes.count + attempts.count;
  }
}
