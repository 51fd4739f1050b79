// A member's card for the coordination team: who they are, their roles and mandates, where the last
// change of roles came from, and buttons to change them (each asking for confirmation first).
import type { HandlerContext } from "../../core/feature.ts";
import { escapeMarkdown } from "../../core/markdown.ts";
import { slotsOf } from "../../core/members/availability.ts";
import type { Role } from "../../core/persistence.ts";
import {
  type Button,
  context,
  ephemeral,
  type Field,
  fields,
  type Reply,
  reply,
  withButtons,
} from "../../core/reply.ts";
import { formatDate } from "../../util/time.ts";
import { addRole, chooseRole, removeRole } from "./actions.ts";
import { chatRoleRefusal } from "./chat-roles.ts";
import { professionName, roleNames } from "./search-reply.ts";

type CardMember = NonNullable<Awaited<ReturnType<typeof loadCardMember>>>;

/** The member as the card shows them, their roles in the vocabulary's order. */
async function loadCardMember(ctx: HandlerContext, memberId: number) {
  const member = await ctx.services.db.member.findFirst({
    where: { id: memberId, anonymizedAt: null },
    include: {
      roles: true,
      communes: true,
      tags: { orderBy: { value: "asc" } },
      roleChanges: { orderBy: { id: "desc" }, take: 1, include: { actor: { select: { displayName: true } } } },
    },
  });
  const order = (role: Role) => ctx.services.memberVocabulary.roles.keys.indexOf(role);
  return member && { ...member, roles: member.roles.sort((a, b) => order(a.role) - order(b.role)) };
}

function cardFields(ctx: HandlerContext, member: CardMember): Field[] {
  const { memberVocabulary: vocabulary, territory, config } = ctx.services;
  const roles = member.roles.map(({ role, mandateEndsAt }) => {
    const name = vocabulary.roles.label(role, ctx.locale);
    return mandateEndsAt
      ? ctx.t("members.mandate", { role: name, date: formatDate(mandateEndsAt, ctx.locale, config.timezone) })
      : name;
  });
  const tags = (kind: "skill" | "motivation", section: typeof vocabulary.skills) =>
    member.tags.filter((t) => t.kind === kind).map((t) => section.label(t.value, ctx.locale));
  const entries: [string, string[] | string | null][] = [
    ["status", ctx.t(`members.status.${member.status}`)],
    ["profession", professionName(ctx, member.profession)],
    ["roles", roles.length ? roles : [ctx.t("members.noRole")]],
    ["communes", member.communes.map((c) => territory.nameOf(c.communeCode))],
    ["email", member.email],
    ["phone", member.phone],
    ["skills", tags("skill", vocabulary.skills)],
    ["motivations", tags("motivation", vocabulary.motivations)],
    ["availability", slotsOf(member.availability).map((s) => vocabulary.availability.label(s, ctx.locale))],
  ];
  return entries.flatMap(([name, value]) => {
    const shown = Array.isArray(value) ? value.join(", ") : value;
    return shown ? [{ label: ctx.t(`members.field.${name}`), value: escapeMarkdown(shown) }] : [];
  });
}

function lastChange(ctx: HandlerContext, member: CardMember): string | undefined {
  const change = member.roleChanges[0];
  if (!change) return undefined;
  const actor = escapeMarkdown(change.actor?.displayName ?? "?");
  const source = ctx.t(`members.source.${change.source}`, { actor });
  const date = formatDate(change.createdAt, ctx.locale, ctx.services.config.timezone);
  return ctx.t("members.history", { date, source });
}

const confirmation = (ctx: HandlerContext, change: "add" | "remove", name: string, role: string) => ({
  title: ctx.t(`members.confirm.${change}.title`),
  text: ctx.t(`members.confirm.${change}.text`, { name, role }),
  confirm: ctx.t(`members.confirm.${change}`),
  deny: ctx.t("members.confirm.cancel"),
});

/** The card of a member: fields, provenance, and the buttons to remove a role or add one. */
export async function memberCard(ctx: HandlerContext, memberId: number): Promise<Reply> {
  const member = await loadCardMember(ctx, memberId);
  if (!member) return ephemeral(reply(ctx.t("members.error.notFound")));
  const name = member.displayName;
  const notes = [
    lastChange(ctx, member),
    member.key ? ctx.t("members.imported", { key: member.key }) : undefined,
    member.id === ctx.member.id ? ctx.t("members.error.self") : undefined,
  ].filter((note): note is string => note !== undefined);
  const card = reply(
    `**${escapeMarkdown(name)}**`,
    fields(...cardFields(ctx, member)),
    ...notes.map((n) => context(n)),
  );
  if (member.id === ctx.member.id || member.status === "inactive") return ephemeral(card);
  const label = (role: Role) => ctx.services.memberVocabulary.roles.label(role, ctx.locale);
  const removals: Button[] = member.roles
    .filter(({ role }) => !chatRoleRefusal(ctx.member, role))
    .map(({ role }) => ({
      label: ctx.t("members.button.remove", { role: label(role) }),
      actionId: removeRole.id({ memberId: member.id, role }),
      style: "danger",
      confirm: confirmation(ctx, "remove", name, label(role)),
    }));
  return ephemeral(
    withButtons(card, ...removals, { label: ctx.t("members.button.addRole"), actionId: chooseRole.id(member.id) }),
  );
}

/** The roles a member does not hold yet, each a button that asks for confirmation before adding it. */
export async function rolesToAdd(ctx: HandlerContext, memberId: number): Promise<Reply> {
  const member = await loadCardMember(ctx, memberId);
  if (!member) return ephemeral(reply(ctx.t("members.error.notFound")));
  if (member.id === ctx.member.id) return ephemeral(reply(ctx.t("members.error.self")));
  const { roles: section } = ctx.services.memberVocabulary;
  const held = member.roles.map((r) => r.role);
  const name = member.displayName;
  const addable = section.keys.filter((role) => !chatRoleRefusal(ctx.member, role) && !held.includes(role));
  if (!addable.length) return ephemeral(reply(ctx.t("members.roles.none", { name: escapeMarkdown(name) })));
  return ephemeral(
    withButtons(
      reply(
        ctx.t("members.roles.choose", { name: escapeMarkdown(name) }),
        fields({ label: ctx.t("members.field.roles"), value: roleNames(ctx, held) }),
      ),
      ...addable.map((role) => ({
        label: section.label(role, ctx.locale),
        actionId: addRole.id({ memberId: member.id, role }),
        confirm: confirmation(ctx, "add", name, section.label(role, ctx.locale)),
      })),
    ),
  );
}
