// Ranking reasons in words: for the coordinator, every factor with its points (why this person was asked
// before that one); for the volunteer, what made the mission a match for them.
import type { Translate } from "../../../core/i18n.ts";
import type { Locale } from "../../../core/locale.ts";
import type { MemberVocabulary } from "../../../core/members/member-vocabulary.ts";
import type { Reason } from "./ranking.ts";

export interface ExplainContext {
  t: Translate;
  locale: Locale;
  services: { memberVocabulary: MemberVocabulary };
}

function describe(ctx: ExplainContext, reason: Reason): string | undefined {
  const { t, locale } = ctx;
  const v = ctx.services.memberVocabulary;
  const labels = (keys: string[], section: "skills" | "motivations") =>
    keys.map((key) => v[section].label(key, locale)).join(", ");
  switch (reason.factor) {
    case "profession":
      return v.professions.label(reason.profession, locale);
    case "skills":
      if (reason.wanted.length === 0) return undefined;
      return t("missions.why.skills", {
        matched: reason.matched.length,
        wanted: reason.wanted.length,
        list: labels(reason.matched, "skills") || "none",
      });
    case "motivation":
      return reason.matched.length
        ? t("missions.why.motivation", { list: labels(reason.matched, "motivations") })
        : undefined;
    case "place":
      return t(`missions.why.place.${reason.fit}`);
    case "availability":
      return t(`missions.why.availability.${reason.fit}`, { slot: v.availability.label(reason.slot, locale) });
    case "field":
      return t("missions.why.field");
    case "recency":
      return t("missions.why.recency", { days: reason.days ?? "never" });
    case "load":
      return t("missions.why.load", { count: reason.missions });
  }
}

/** « soins palliatifs (1/1) +4 · même commune +2 · … », each factor with its points. */
export function explainForCoordinator(ctx: ExplainContext, score: number, reasons: readonly Reason[]): string {
  const number = new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2, signDisplay: "always" });
  const parts = reasons.flatMap((reason) => {
    const words = describe(ctx, reason);
    return words ? [`${words} ${number.format(reason.points)}`] : [];
  });
  return ctx.t("missions.why.score", {
    score: new Intl.NumberFormat(ctx.locale).format(score),
    reasons: parts.join(" · "),
  });
}

/** What matched, in the volunteer's words: « vos compétences (soins palliatifs), près de chez vous… ». */
export function explainForVolunteer(ctx: ExplainContext, reasons: readonly Reason[]): string | undefined {
  const parts = reasons.flatMap((reason) => {
    if (reason.points <= 0 || reason.factor === "recency" || reason.factor === "load") return [];
    if (reason.factor === "availability" && reason.fit !== "yes") return [];
    if (reason.factor === "place" && !["same", "neighbour", "remote"].includes(reason.fit)) return [];
    const words = describe(ctx, reason);
    return words ? [words] : [];
  });
  return parts.length ? ctx.t("missions.why.forYou", { reasons: parts.join(" · ") }) : undefined;
}
