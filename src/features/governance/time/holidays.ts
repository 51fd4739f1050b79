// Public holidays, on which no governance message leaves (like a Sunday). From date-holidays (maintained, some
// 1.7 million downloads a month): it knows the French départements apart (Alsace-Moselle's Good Friday and
// 26 December, the overseas départements' abolition days), which a network outside Île-de-France needs, and
// a law that moves a holiday is a package update, not a change here.
import Holidays from "date-holidays";
import { type HolidayCheck, isoDay } from "./business-clock.ts";

/**
 * The public holidays of `place`: a country code, or a country and a region ("FR", "FR-57" for Moselle). A string
 * says what is wrong with `place`.
 */
export function publicHolidays(place: string): HolidayCheck | string {
  const [country = "", region] = place.split("-");
  const known = new Holidays();
  if (!(country in known.getCountries())) return `"${country}" is not a country code date-holidays knows (e.g. FR)`;
  if (region !== undefined && !(region in known.getStates(country)))
    return `"${region}" is not a region of ${country}; known: ${Object.keys(known.getStates(country)).join(", ")}`;
  const options = { types: ["public" as const] };
  const holidays = region === undefined ? new Holidays(country, options) : new Holidays(country, region, options);
  const years = new Map<number, Set<string>>();
  return (day) => {
    let days = years.get(day.year);
    if (!days) {
      // "2027-05-08 00:00:00": the date on the country's own calendar.
      days = new Set(holidays.getHolidays(day.year).map((h) => h.date.slice(0, 10)));
      years.set(day.year, days);
    }
    return days.has(isoDay(day));
  };
}
