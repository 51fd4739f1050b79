import type { Catalogue } from "../../../core/i18n.ts";

/** Messages of recognition: a volunteer's contributions, the team's and the board's monthly overview. */
export const recognitionMessages: Catalogue = {
  fr: {
    "missions.period": "{kind, select, year {en {year}} month {en {month}} other {depuis le {date}}}",
    "missions.period.all": "depuis votre première mission",
    "missions.contributions.button": "Mon bilan de l'année",
    "missions.contributions.none":
      "Je ne trouve pas de mission faite {period}. Les missions comptent une fois que vous m'avez dit qu'elles ont eu lieu.",
    "missions.contributions.title": "**Vos contributions au réseau {period}**",
    "missions.contributions.missions": "Missions faites",
    "missions.contributions.hours": "Temps donné",
    "missions.contributions.hoursValue": "{hours, number} h",
    "missions.contributions.skills": "Compétences mobilisées",
    "missions.contributions.byKind": "**Par type de mission**",
    "missions.contributions.kind": "{kind} : {count, plural, one {# mission} other {# missions}}, {hours, number} h",
    "missions.contributions.detail": "**Le détail**",
    "missions.contributions.mission": "{date} — {title} ({kind}) — {hours, number} h",
    "missions.contributions.filename": "contributions",
    "missions.contributions.fileTitle": "Vos contributions",
    "missions.contributions.fileHeading": "Contributions bénévoles de {name}",
    "missions.contributions.fileFooter":
      "Établi le {date} par le bot du réseau, d'après les missions {period} dont la personne a confirmé la réalisation et la durée.",
    "missions.overview.title": "**Les missions en {month}**",
    "missions.overview.open": "Missions ouvertes aujourd'hui",
    "missions.overview.toFill": "Temps pour pourvoir une mission",
    "missions.overview.toFillValue":
      "{days, number} j en médiane ({count, plural, one {# mission pourvue} other {# missions pourvues}})",
    "missions.overview.acceptance": "Propositions acceptées",
    "missions.overview.acceptanceValue": "{rate} % ({accepted} sur {settled})",
    "missions.overview.volunteers": "Bénévoles actifs",
    "missions.overview.hours": "**Heures données, par type de mission**",
    "missions.overview.kind": "{kind} : {hours, number} h",
    "missions.overview.noHours": "Aucune heure déclarée ce mois-là.",
  },
  en: {
    "missions.period": "{kind, select, year {in {year}} month {in {month}} other {since {date}}}",
    "missions.period.all": "since your first mission",
    "missions.contributions.button": "My year so far",
    "missions.contributions.none":
      "I find no mission done {period}. Missions count once you have told me they took place.",
    "missions.contributions.title": "**Your contributions to the network {period}**",
    "missions.contributions.missions": "Missions done",
    "missions.contributions.hours": "Time given",
    "missions.contributions.hoursValue": "{hours, number} h",
    "missions.contributions.skills": "Skills used",
    "missions.contributions.byKind": "**By kind of mission**",
    "missions.contributions.kind": "{kind}: {count, plural, one {# mission} other {# missions}}, {hours, number} h",
    "missions.contributions.detail": "**In detail**",
    "missions.contributions.mission": "{date} — {title} ({kind}) — {hours, number} h",
    "missions.contributions.filename": "contributions",
    "missions.contributions.fileTitle": "Your contributions",
    "missions.contributions.fileHeading": "Volunteer contributions of {name}",
    "missions.contributions.fileFooter":
      "Drawn up on {date} by the network's bot, from the missions {period} whose taking place and length the person confirmed.",
    "missions.overview.title": "**Missions in {month}**",
    "missions.overview.open": "Missions open today",
    "missions.overview.toFill": "Time to fill a mission",
    "missions.overview.toFillValue":
      "{days, number} d median ({count, plural, one {# mission filled} other {# missions filled}})",
    "missions.overview.acceptance": "Offers accepted",
    "missions.overview.acceptanceValue": "{rate}% ({accepted} of {settled})",
    "missions.overview.volunteers": "Active volunteers",
    "missions.overview.hours": "**Hours given, by kind of mission**",
    "missions.overview.kind": "{kind}: {hours, number} h",
    "missions.overview.noHours": "No hours reported that month.",
  },
};
