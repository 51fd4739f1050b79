// `npm run members -- …`: the person who runs the bot lists and shows members, changes a role or
// deactivates a member from the terminal, with the rules of the chat and every role change recorded
// (source "cli").
import { parseArgs } from "node:util";
import type { Messages } from "../../../core/i18n.ts";
import { parseMemberQuery } from "../../../core/members/member-query.ts";
import type { MemberVocabulary } from "../../../core/members/member-vocabulary.ts";
import { isBoardRole } from "../../../core/members/role-changes.ts";
import type { Database, Role } from "../../../core/persistence.ts";
import { CommuneVocabulary } from "../../../core/vocabulary/commune-vocabulary.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import { closest } from "../../../util/row-file/closest.ts";
import { parseDay } from "../../../util/row-file/field-formats.ts";
import { deactivateMember, editRole } from "../member-admin.ts";
import { searchMembers } from "../search-members.ts";
import { handleOf, memberDetails, memberTable } from "./member-text.ts";

const MEMBERS_USAGE = `Usage: npm run members -- list [search words]      e.g. list, list infirmières Vitry, list bureau, list inactifs
       npm run members -- show <member>
       npm run members -- role add <member> <role> [--until 2028-06-30]
       npm run members -- role remove <member> <role>
       npm run members -- deactivate <member>
<member> is a key of the member file, an e-mail or a number (#12); roles as in the member file (trésorier, VP, admin…).`;

export interface MembersCliDeps {
  db: Database;
  territory: Territory;
  vocabulary: MemberVocabulary;
  /** The bot's messages: refusals are worded as in the chat (in English). */
  messages: Messages;
  now: Date;
}

/** What the command prints, and its exit code (0 done or nothing to do, 1 refused, 64 wrong usage). */
export interface CliOutcome {
  code: number;
  out: string[];
  err: string[];
}

const done = (...out: string[]): CliOutcome => ({ code: 0, out, err: [] });
const refused = (...err: string[]): CliOutcome => ({ code: 1, out: [], err });
const usage = (problem: string): CliOutcome => ({ code: 64, out: [], err: [problem, MEMBERS_USAGE] });

type Found = { id: number; key: string | null; displayName: string };

/** The member a command names: by key, e-mail or number; the closest keys when none matches. */
async function findMember(db: Database, written: string): Promise<Found | string> {
  const select = { id: true, key: true, displayName: true } as const;
  const number = /^#?(\d{1,9})$/.exec(written);
  const found = number
    ? await db.member.findUnique({ where: { id: Number(number[1]) }, select })
    : written.includes("@")
      ? await db.member.findUnique({ where: { email: written.toLowerCase() }, select })
      : await db.member.findUnique({ where: { key: written }, select });
  if (found) return found;
  const keys = await db.member.findMany({ where: { key: { not: null } }, select: { key: true } });
  const near = closest(
    written,
    keys.map((k) => ({ value: k.key!, forms: [k.key!] })),
  );
  return `No member "${written}"${near.length ? ` (closest: ${near.join(", ")})` : ""}.`;
}

/** Runs one command line (the arguments after `npm run members --`). */
export async function runMembersCommand(args: readonly string[], deps: MembersCliDeps): Promise<CliOutcome> {
  let parsed: { values: { until?: string | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { until: { type: "string" } }, allowPositionals: true });
  } catch (error) {
    return usage((error as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  switch (command) {
    case "list":
      return list(rest.join(" "), deps);
    case "show":
      return rest.length === 1 ? show(rest[0]!, deps) : usage("show takes one member");
    case "role": {
      const [change, who, role, ...extra] = rest;
      if ((change !== "add" && change !== "remove") || !who || !role || extra.length) {
        return usage("role takes add or remove, a member and a role");
      }
      return changeRole(change, who, role, parsed.values.until, deps);
    }
    case "deactivate":
      return rest.length === 1 ? deactivate(rest[0]!, deps) : usage("deactivate takes one member");
    default:
      return usage(command ? `Unknown command "${command}".` : "Give a command.");
  }
}

async function list(text: string, deps: MembersCliDeps): Promise<CliOutcome> {
  const query = parseMemberQuery(text, deps.vocabulary, new CommuneVocabulary(deps.territory));
  const { total, members } = await searchMembers(deps.db, query);
  const what = text ? ` matching "${text}"` : "";
  return done(
    `${total} member${total === 1 ? "" : "s"}${what}.`,
    ...(total ? memberTable(members, deps.territory) : []),
  );
}

async function show(who: string, deps: MembersCliDeps): Promise<CliOutcome> {
  const member = await findMember(deps.db, who);
  return typeof member === "string"
    ? refused(member)
    : done(...(await memberDetails(deps.db, member.id, deps.territory)));
}

async function changeRole(
  change: "add" | "remove",
  who: string,
  written: string,
  until: string | undefined,
  deps: MembersCliDeps,
): Promise<CliOutcome> {
  const role = deps.vocabulary.roles.resolve(written);
  if (!role.ok) {
    const hint = role.closest.length
      ? `closest: ${role.closest.join(", ")}`
      : `roles: ${deps.vocabulary.roles.keys.join(", ")}`;
    return refused(`Unknown role "${written}" (${hint}).`);
  }
  const mandate = until === undefined ? undefined : parseDay(until);
  if (mandate && !mandate.ok) return refused(`--until: ${mandate.reason}.`);
  if (mandate && (change === "remove" || !isBoardRole(role.value as Role))) {
    return usage("--until gives the end of a board mandate, with role add and a board position");
  }
  const member = await findMember(deps.db, who);
  if (typeof member === "string") return refused(member);
  const edit = { role: role.value as Role, change, ...(mandate?.ok ? { mandateEndsAt: mandate.value } : {}) };
  const edited = await editRole(deps.db, member.id, edit, { source: "cli", now: deps.now });
  if (!edited.ok) {
    const message = deps.messages.format("en", edited.error, edited.params ?? {});
    return edited.error === "members.error.notFound" || edited.error === "members.error.inactive"
      ? refused(message)
      : done(message);
  }
  const { before, after } = edited.value;
  const verb = change === "add" ? "added" : "removed";
  return done(
    `${handleOf(member)} (${member.displayName}): ${role.value} ${verb}; roles [${before.join(", ")}] → [${after.join(", ")}], recorded (source cli).`,
    ...(await mandateNote(deps.db, member.id, change, role.value as Role)),
  );
}

/** After a board position is added: its mandate end, or how to give one. */
async function mandateNote(db: Database, memberId: number, change: "add" | "remove", role: Role): Promise<string[]> {
  if (change !== "add" || !isBoardRole(role)) return [];
  const held = await db.memberRole.findUniqueOrThrow({ where: { memberId_role: { memberId, role } } });
  return held.mandateEndsAt
    ? [`Mandate ends ${held.mandateEndsAt.toISOString().slice(0, 10)}.`]
    : ["No mandate end: give --until 2028-06-30, or write mandateEnds in the member file."];
}

async function deactivate(who: string, deps: MembersCliDeps): Promise<CliOutcome> {
  const member = await findMember(deps.db, who);
  if (typeof member === "string") return refused(member);
  const result = await deactivateMember(deps.db, member.id, deps.now);
  if (!result.ok) {
    const message = deps.messages.format("en", result.error, result.params ?? {});
    return result.error === "members.error.notFound" ? refused(message) : done(message);
  }
  return done(
    `${handleOf(member)} (${member.displayName}) deactivated: kept, no longer messaged, holding no role.`,
    ...(member.key ? ["A member import that still lists them makes them active again."] : []),
  );
}
