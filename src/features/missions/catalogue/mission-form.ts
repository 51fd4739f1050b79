// A mission as one form: a modal on Slack, questions one after the other in the terminal. Creating and
// editing use the same form; editing prefills it with the mission as it is.
import { defineAction, idArg, noArgs } from "../../../core/action-id.ts";
import type { HandlerContext } from "../../../core/feature.ts";
import type { Mission, MissionTag } from "../../../core/persistence.ts";
import type { Button, Form, FormField } from "../../../core/reply.ts";
import { MISSION_KINDS } from "../mission-kinds.ts";
import { writeMoment } from "./mission-times.ts";

/** Submissions of the form: a new mission, or changes to mission n. */
export const createForm = defineAction("missions:create", noArgs);
export const editForm = defineAction("missions:edit", idArg);

/** The form's values as typed (or prefilled), by field name. */
export type MissionFormValues = Record<string, string>;

export const REMOTE = "remote";
export const TERRITORY = "territory";

/** The coordinators and the director, whom volunteers may be told to contact. */
async function contactOptions(ctx: HandlerContext): Promise<{ value: string; label: string }[]> {
  const team = await ctx.services.db.member.findMany({
    where: { status: "active", roles: { some: { role: { in: ["coordinator", "director"] } } } },
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
  return team.map((m) => ({ value: String(m.id), label: m.displayName }));
}

function fields(ctx: HandlerContext, contacts: { value: string; label: string }[]): FormField[] {
  const { t, services } = ctx;
  const text = (name: string, kind: FormField["kind"] = "text", optional = false): FormField => ({
    name,
    label: t(`missions.form.field.${name}`),
    kind,
    ...(optional ? { optional } : {}),
    ...(services.messages.has(`missions.form.field.${name}.hint`)
      ? { hint: t(`missions.form.field.${name}.hint`) }
      : {}),
  });
  return [
    text("title"),
    text("description", "paragraph"),
    { ...text("kind", "select"), options: MISSION_KINDS.map((k) => ({ value: k, label: t(`missions.kind.${k}`) })) },
    text("profile", "text", true),
    {
      ...text("where", "select"),
      options: [
        { value: REMOTE, label: t("missions.where.remote") },
        { value: TERRITORY, label: t("missions.where.territory") },
        ...services.territory.communes.map((c) => ({ value: c.code, label: c.name })),
      ],
    },
    text("place", "text", true),
    text("when"),
    text("ends", "text", true),
    text("hours", "text", true),
    text("seats"),
    text("respond_by", "text", true),
    ...(contacts.length ? [{ ...text("contact", "select", true), options: contacts }] : []),
  ];
}

/** The button that opens the form, empty (a new mission) or prefilled (`initial`, e.g. the values typed before). */
export async function missionFormButton(
  ctx: HandlerContext,
  label: string,
  target: { missionId?: number; initial?: MissionFormValues },
): Promise<Button> {
  const contacts = await contactOptions(ctx);
  const initial: MissionFormValues = {
    seats: "1",
    ...(contacts.some((c) => c.value === String(ctx.member.id)) ? { contact: String(ctx.member.id) } : {}),
    ...target.initial,
  };
  const form: Form = {
    actionId: target.missionId === undefined ? createForm.id() : editForm.id(target.missionId),
    title: ctx.t(target.missionId === undefined ? "missions.form.new" : "missions.form.edit"),
    submitLabel: ctx.t("missions.form.save"),
    fields: fields(ctx, contacts).map((field) =>
      initial[field.name] ? { ...field, initial: initial[field.name] } : field,
    ),
  };
  return { label, actionId: form.actionId, opensForm: form };
}

/** A stored mission as the form's values, so that submitting it unchanged changes nothing. */
export function valuesOf(ctx: HandlerContext, mission: Mission & { tags: MissionTag[] }): MissionFormValues {
  const { memberVocabulary: v, config } = ctx.services;
  const zone = config.timezone;
  const profile = mission.tags.flatMap((tag) => {
    if (tag.kind === "profession") return [v.professions.label(tag.value, ctx.locale)];
    return tag.kind === "skill" ? [v.skills.label(tag.value, ctx.locale)] : [];
  });
  const optional = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    title: mission.title,
    description: mission.description,
    kind: mission.kind,
    profile: profile.join(", "),
    where: mission.remote ? REMOTE : (mission.communeCode ?? TERRITORY),
    place: optional(mission.place),
    when: writeMoment(mission.startsAt, zone),
    ends: writeMoment(mission.endsAt, zone),
    hours: optional(mission.estimatedHours),
    seats: String(mission.seats),
    respond_by: mission.respondBy ? writeMoment(mission.respondBy, zone) : "",
    contact: optional(mission.contactId),
  };
}

/** The form field each stored field is typed in. */
const FORM_FIELD: Record<string, string> = {
  tags: "profile",
  communeCode: "where",
  remote: "where",
  startsAt: "when",
  endsAt: "ends",
  estimatedHours: "hours",
  respondBy: "respond_by",
  contactId: "contact",
};

/** « Quand, Places »: stored fields (an edit's, in a mission's history) by their form labels, each once. */
export function fieldLabels(ctx: HandlerContext, fields: readonly string[]): string {
  const names = [...new Set(fields.map((field) => FORM_FIELD[field] ?? field))];
  return names.map((name) => ctx.t(`missions.form.field.${name}`)).join(", ");
}
