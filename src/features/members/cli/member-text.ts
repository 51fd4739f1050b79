// Members as the terminal shows them to whoever runs the bot: a table for a list, every field and the
// history of roles for one member. Keys rather than labels: the member file and the commands take them.

import { slotsOf } from "../../../core/members/availability.ts";
import type { Database } from "../../../core/persistence.ts";
import type { Territory } from "../../../core/vocabulary/territory.ts";
import type { MemberSummary } from "../search-members.ts";

const day = (date: Date) => date.toISOString().slice(0, 10);
const minute = (date: Date) => date.toISOString().slice(0, 16).replace("T", " ");

/** How a member is named in a command: their key, else their number. */
export const handleOf = (member: { id: number; key: string | null }) => member.key ?? `#${member.id}`;

/** One line per member, in aligned columns. */
export function memberTable(members: readonly MemberSummary[], territory: Territory): string[] {
  const rows = members.map((m) => [
    handleOf(m),
    m.displayName,
    m.profession ?? "-",
    m.roles.join(",") || "-",
    m.communes.map((c) => territory.nameOf(c)).join(", ") || "-",
    m.status,
  ]);
  const header = ["KEY", "NAME", "PROFESSION", "ROLES", "COMMUNES", "STATUS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Everything about one member the bot keeps for the network, and who changed their roles, when. */
export async function memberDetails(db: Database, memberId: number, territory: Territory): Promise<string[]> {
  const m = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    include: {
      roles: { orderBy: { role: "asc" } },
      communes: true,
      tags: { orderBy: [{ kind: "asc" }, { value: "asc" }] },
      identities: true,
      roleChanges: { orderBy: { id: "asc" }, include: { actor: { select: { displayName: true } } } },
    },
  });
  const roles = m.roles.map((r) => (r.mandateEndsAt ? `${r.role} (mandate ends ${day(r.mandateEndsAt)})` : r.role));
  const tags = (kind: string) => m.tags.filter((t) => t.kind === kind).map((t) => t.value);
  const fields: [string, string | null | undefined][] = [
    ["e-mail", m.email],
    ["phone", m.phone],
    ["profession", m.profession],
    ["roles", roles.join(", ") || "none"],
    ["communes", m.communes.map((c) => territory.nameOf(c.communeCode)).join(", ")],
    ["skills", tags("skill").join(", ")],
    ["motivations", tags("motivation").join(", ")],
    ["note", m.motivationNote],
    ["availability", slotsOf(m.availability).join(", ")],
    ["quiet hours", m.quietHoursStart && m.quietHoursEnd ? `${m.quietHoursStart}-${m.quietHoursEnd}` : null],
    ["language", m.locale],
    ["channel", m.preferredChannel],
    ["chat", m.identities.map((i) => `${i.channel}:${i.workspaceId}:${i.externalUserId}`).join(", ")],
    ["deactivated", m.deactivatedAt && day(m.deactivatedAt)],
  ];
  const history = m.roleChanges.map((c) => {
    const by = c.source === "chat" ? `chat (${c.actor?.displayName ?? "?"})` : c.source;
    const list = (json: string) => `[${(JSON.parse(json) as string[]).join(", ")}]`;
    return `  ${minute(c.createdAt)}  ${by.padEnd(12)}  ${list(c.before)} → ${list(c.after)}`;
  });
  return [
    `${m.displayName} (${handleOf(m)}, n° ${m.id}) — ${m.status}`,
    ...fields.filter(([, value]) => value).map(([name, value]) => `  ${name.padEnd(12)} ${value}`),
    history.length ? "role history (UTC):" : "role history: none",
    ...history,
  ];
}
