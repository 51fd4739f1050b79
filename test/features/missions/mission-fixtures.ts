// Volunteers, coordinators and missions for the engine's tests, written straight into the database.
import type { MissionKind, Profession, Role } from "../../../src/core/persistence.ts";
import { type Reply, replyToPlainText } from "../../../src/core/reply.ts";
import type { Database } from "../../../src/db/client.ts";
import { missionsFeature } from "../../../src/features/missions/index.ts";
import type { FakeChannel } from "../../support/fake-channel.ts";
import { createTestBot, type TestBot, type TestBotOptions } from "../../support/test-bot.ts";

/** Monday 23 November 2026, 11:00 in Paris (the test bot's default clock). */
export const NOW = new Date("2026-11-23T10:00:00Z");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface PersonSpec {
  /** Their console user id, and their name. */
  key: string;
  profession?: Profession;
  roles?: Role[];
  status?: "active" | "inactive";
  communes?: string[];
  skills?: string[];
  motivations?: string[];
  slots?: string[];
  quietHours?: [string, string];
  locale?: "fr" | "en";
  phone?: string;
}

/** A member with a console identity `key` (default: an active volunteer nurse in Vitry, no preferences). */
export async function person(db: Pick<Database, "member">, spec: PersonSpec) {
  const tags = [
    ...(spec.skills ?? []).map((value) => ({ kind: "skill" as const, value })),
    ...(spec.motivations ?? []).map((value) => ({ kind: "motivation" as const, value })),
  ];
  return db.member.create({
    data: {
      displayName: spec.key,
      status: spec.status ?? "active",
      profession: spec.profession ?? "nurse",
      locale: spec.locale ?? "fr",
      phone: spec.phone ?? null,
      availability: spec.slots ? JSON.stringify({ slots: spec.slots }) : null,
      quietHoursStart: spec.quietHours?.[0] ?? null,
      quietHoursEnd: spec.quietHours?.[1] ?? null,
      roles: { create: (spec.roles ?? ["member", "volunteer"]).map((role) => ({ role })) },
      communes: { create: (spec.communes ?? ["94081"]).map((communeCode) => ({ communeCode })) },
      tags: { create: tags },
      identities: { create: { channel: "console", workspaceId: "local", externalUserId: spec.key, lastSeenAt: NOW } },
    },
  });
}

/** The bot with the missions feature, and Julie, a coordinator who is the missions' contact. */
export async function missionsBot(options: TestBotOptions = {}): Promise<{ t: TestBot; coordinatorId: number }> {
  const t = await createTestBot({ features: [missionsFeature], ...options });
  const coordinator = await person(t.database.db, { key: "julie", roles: ["coordinator"], phone: "01 99 00 11 05" });
  return { t, coordinatorId: coordinator.id };
}

export interface MissionSpec {
  title?: string;
  kind?: MissionKind;
  communeCode?: string | null;
  remote?: boolean;
  startsAt?: Date;
  endsAt?: Date;
  respondBy?: Date | null;
  seats?: number;
  skills?: string[];
  professions?: string[];
  contactId?: number | null;
  status?: "draft" | "open";
}

/** Saturday 12 December 2026, 09:00–12:00 in Paris; answers by Tuesday 8 December, 18:00. */
const SATURDAY = new Date("2026-12-12T08:00:00Z");

/** A draft mission (default: one seat, palliative-care training in Vitry). */
export async function draftMission(db: Database, spec: MissionSpec = {}) {
  const startsAt = spec.startsAt ?? SATURDAY;
  return db.mission.create({
    data: {
      title: spec.title ?? "Former les IDE aux soins palliatifs",
      description: "Deux heures de cas cliniques; une heure d'échanges.",
      kind: spec.kind ?? "training",
      communeCode: spec.communeCode === undefined ? "94081" : spec.communeCode,
      place: "Maison de santé (démo), 12 rue de la Démo",
      remote: spec.remote ?? false,
      startsAt,
      endsAt: spec.endsAt ?? new Date(startsAt.getTime() + 3 * HOUR),
      estimatedHours: 3,
      seats: spec.seats ?? 1,
      respondBy: spec.respondBy === undefined ? new Date("2026-12-08T17:00:00Z") : spec.respondBy,
      contactId: spec.contactId ?? null,
      status: spec.status ?? "draft",
      tags: {
        create: [
          ...(spec.skills ?? ["soins_palliatifs"]).map((value) => ({ kind: "skill" as const, value })),
          ...(spec.professions ?? []).map((value) => ({ kind: "profession" as const, value })),
        ],
      },
    },
  });
}

export const plain = (replies: Reply[]) => replies.map(replyToPlainText).join("\n");

/** The direct messages a console user received, as plain text. */
export const inbox = (channel: FakeChannel, key: string) =>
  channel.direct.filter((d) => d.target.externalUserId === key).map((d) => plain(d.replies));

/** The id of the button whose label matches, in replies. */
export function button(replies: Reply[], label: RegExp): string {
  const found = replies.flatMap((r) => r.buttons ?? []).find((b) => label.test(b.label));
  if (!found) throw new Error(`no button ${label} in:\n${plain(replies)}`);
  return found.actionId;
}

/** The replies of the last direct message to a console user. */
export function lastMessage(channel: FakeChannel, key: string): Reply[] {
  const mine = channel.direct.filter((d) => d.target.externalUserId === key);
  if (mine.length === 0) throw new Error(`no direct message to ${key}`);
  return mine.at(-1)!.replies;
}
