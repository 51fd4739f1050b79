import type { Audience } from "../outbound-port.ts";
import type { Prisma } from "../persistence.ts";

/** The members an audience reaches, as a query: every criterion given must match, any of its values. */
export function audienceWhere(audience: Audience): Prisma.MemberWhereInput {
  const { memberIds, roles, professions, communes, tags, exceptMemberIds } = audience;
  const criteria: Prisma.MemberWhereInput[] = [
    memberIds ? { id: { in: [...memberIds] }, status: { not: "inactive" } } : { status: "active" },
  ];
  if (roles) criteria.push({ roles: { some: { role: { in: [...roles] } } } });
  if (professions) criteria.push({ profession: { in: [...professions] } });
  if (communes) criteria.push({ communes: { some: { communeCode: { in: [...communes] } } } });
  if (tags) criteria.push({ tags: { some: { OR: tags.map(({ kind, value }) => ({ kind, value })) } } });
  if (exceptMemberIds?.length) criteria.push({ id: { notIn: [...exceptMemberIds] } });
  return { AND: criteria };
}
