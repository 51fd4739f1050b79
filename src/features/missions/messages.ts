import type { Catalogue } from "../../core/i18n.ts";

/** A mission's status in words, inside other messages (`{status}`). */
export const STATUS_FR =
  "{status, select, draft {brouillon} open {ouverte} full {complète} in_progress {en cours} done {terminée} cancelled {annulée} other {{status}}}";
export const STATUS_EN =
  "{status, select, draft {draft} open {open} full {full} in_progress {in progress} done {done} cancelled {cancelled} other {{status}}}";

/** Messages of volunteer missions shared by every part: how a mission reads, its kinds, decline reasons. */
export const missionsMessages: Catalogue = {
  fr: {
    "missions.title": "**Mission {id}** — {title}",
    "missions.line":
      "**Mission {id}** — {title} · {date} · {where}{hours, select, none {} other { · {hours, number} h}} · {seats, plural, =0 {complet} one {# place} other {# places}}",
    "missions.line.short":
      "**Mission {id}** — {title} · {date} · {where}{hours, select, none {} other { · {hours, number} h}}",
    "missions.where.remote": "à distance",
    "missions.where.territory": "tout le territoire",
    "missions.hours": "{hours, number} h environ",
    "missions.seats": "{left, plural, =0 {complet} one {# place libre} other {# places libres}} sur {seats}",
    "missions.field.kind": "Type",
    "missions.field.when": "Quand",
    "missions.field.where": "Où",
    "missions.field.hours": "Temps",
    "missions.field.seats": "Places",
    "missions.field.skills": "Profil recherché",
    "missions.field.respondBy": "Réponse avant le",
    "missions.field.contact": "Contact",
    "missions.kind.training": "formation",
    "missions.kind.clinical_research": "recherche clinique",
    "missions.kind.evaluation": "évaluation",
    "missions.kind.working_group": "groupe de travail",
    "missions.kind.communication": "communication",
    "missions.kind.representation": "représentation du réseau",
    "missions.kind.other": "autre",
    "missions.decline.unavailable": "Pas disponible",
    "missions.decline.not_my_field": "Pas mon domaine",
    "missions.decline.too_far": "Trop loin",
    "missions.decline.too_busy": "Trop en ce moment",
  },
  en: {
    "missions.title": "**Mission {id}** — {title}",
    "missions.line":
      "**Mission {id}** — {title} · {date} · {where}{hours, select, none {} other { · {hours, number} h}} · {seats, plural, =0 {full} one {# seat} other {# seats}}",
    "missions.line.short":
      "**Mission {id}** — {title} · {date} · {where}{hours, select, none {} other { · {hours, number} h}}",
    "missions.where.remote": "remote",
    "missions.where.territory": "the whole territory",
    "missions.hours": "about {hours, number} h",
    "missions.seats": "{left, plural, =0 {full} one {# seat free} other {# seats free}} of {seats}",
    "missions.field.kind": "Kind",
    "missions.field.when": "When",
    "missions.field.where": "Where",
    "missions.field.hours": "Time",
    "missions.field.seats": "Seats",
    "missions.field.skills": "Looking for",
    "missions.field.respondBy": "Answer by",
    "missions.field.contact": "Contact",
    "missions.kind.training": "training",
    "missions.kind.clinical_research": "clinical research",
    "missions.kind.evaluation": "evaluation",
    "missions.kind.working_group": "working group",
    "missions.kind.communication": "communication",
    "missions.kind.representation": "representing the network",
    "missions.kind.other": "other",
    "missions.decline.unavailable": "Not available",
    "missions.decline.not_my_field": "Not my field",
    "missions.decline.too_far": "Too far",
    "missions.decline.too_busy": "Too much on right now",
  },
};
