import { addDays, isIsoDate } from "./dates.js";
import { fold } from "./fold.js";

/**
 * A day as a person says it, in English or French: `2026-11-27`, `today` /
 * `aujourd'hui`, `yesterday` / `hier`, `day before yesterday` / `avant-hier`,
 * a weekday (`monday`, `lundi`: the most recent one, today included; `last
 * monday`, `lundi dernier`: before today), a number of days or weeks back
 * (`-2`, `-2d`, `-2j`, `2 days ago`, `il y a 2 jours`, `a week ago`, `il y a
 * 2 semaines`), or a day of a month (`27 nov`, `nov 27th`, `27 novembre`,
 * `1er décembre`: the most recent one, today included; `27 nov 2025` that
 * year). Case and accents do not matter.
 * `today` is the local day, `YYYY-MM-DD`. A day written with numbers alone
 * (`12/03`) is no day: read one way here, another there.
 */
export function parseHumanDate(text: string, today: string): string | undefined {
  // \u2019: ’, written so that the bundle stays ASCII-only (scripts/build.mjs).
  // Commas and full stops are spaces ("Nov. 3, 2025"); hyphens stay (-2, avant-hier).
  const said = fold(text)
    .replace(/[\u2019']/g, "")
    .replace(/[\s,.]+/g, " ")
    .trim();
  if (isIsoDate(said)) return said;
  const named = NAMED_DAYS[said];
  if (named !== undefined) return addDays(today, named);
  const back = /^-(\d{1,4}) ?[dj]?$/.exec(said) ?? DAYS_AGO.exec(said);
  if (back) return addDays(today, -Number(back[1] ?? back[2]));
  const weeks = WEEKS_AGO.exec(said);
  if (weeks) return addDays(today, -7 * weeksIn(weeks[1] ?? weeks[2] ?? ""));
  const weekday = weekdayNamed(said, today);
  if (weekday !== undefined) return weekday;
  return dayOfMonth(said, today);
}

/** Days from today, by name. */
const NAMED_DAYS: Record<string, number> = {
  today: 0,
  aujourdhui: 0,
  yesterday: -1,
  hier: -1,
  "day before yesterday": -2,
  "avant-hier": -2,
  "avant hier": -2,
};

const DAYS_AGO = /^(?:(\d{1,4}) days? ago|il y a (\d{1,4}) jours?)$/;
const WEEKS_AGO = /^(?:(\d{1,3}|a|one) weeks? ago|il y a (\d{1,3}|une) semaines?)$/;

/** `2`, or one said as a word: `a week ago`, `il y a une semaine`. */
const weeksIn = (count: string) => (/^\d+$/.test(count) ? Number(count) : 1);

/** By `getUTCDay()` index, Sunday first: each day's names in English and French. */
const WEEKDAYS = [
  ["sunday", "sun", "dimanche"],
  ["monday", "mon", "lundi"],
  ["tuesday", "tue", "mardi"],
  ["wednesday", "wed", "mercredi"],
  ["thursday", "thu", "jeudi"],
  ["friday", "fri", "vendredi"],
  ["saturday", "sat", "samedi"],
];

/** `monday`: the last Monday, today included; `last monday`, `lundi dernier`: the one before today. */
function weekdayNamed(said: string, today: string): string | undefined {
  const last = /^(?:last (\S+)|(\S+) dernier)$/.exec(said);
  const name = last ? (last[1] ?? last[2]) : said;
  const weekday = WEEKDAYS.findIndex((names) => names.includes(name ?? ""));
  if (weekday < 0) return undefined;
  const since = (weekdayOf(today) - weekday + 7) % 7;
  return addDays(today, -(since === 0 && last ? 7 : since));
}

/** By month, January first: the names and abbreviations, in English and French (without accents). */
const MONTHS = [
  ["january", "jan", "janvier", "janv"],
  ["february", "feb", "fevrier", "fevr", "fev"],
  ["march", "mar", "mars"],
  ["april", "apr", "avril", "avr"],
  ["may", "mai"],
  ["june", "jun", "juin"],
  ["july", "jul", "juillet", "juil"],
  ["august", "aug", "aout"],
  ["september", "sep", "sept", "septembre"],
  ["october", "oct", "octobre"],
  ["november", "nov", "novembre"],
  ["december", "dec", "decembre"],
];

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er)?`;
const DAY_MONTH = new RegExp(String.raw`^(?:${DAY} ([a-z]+)|([a-z]+) ${DAY})(?: (\d{4}))?$`);

/** `27 nov`, `nov 27th`, `1er decembre`: the last such day, today included; with a year, that one. */
function dayOfMonth(said: string, today: string): string | undefined {
  const match = DAY_MONTH.exec(said);
  if (!match) return undefined;
  const [, dayFirst, monthAfter, monthFirst, dayAfter, year] = match;
  const month = MONTHS.findIndex((names) => names.includes(monthAfter ?? monthFirst ?? ""));
  if (month < 0) return undefined;
  const day = Number(dayFirst ?? dayAfter);
  const inYear = (y: string) =>
    `${y}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (year !== undefined) return isIsoDate(inYear(year)) ? inYear(year) : undefined;
  // The most recent that is not after today: 29 February may be four years back.
  const thisYear = Number(today.slice(0, 4));
  return [0, 1, 2, 3, 4]
    .map((back) => inYear(String(thisYear - back).padStart(4, "0")))
    .find((date) => isIsoDate(date) && date <= today);
}

/** The weekday of a `YYYY-MM-DD` day, from 0 (Sunday): shown beside the day a prompt understood. */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const HUMAN_DATE_HELP =
  "a day such as 2026-11-27, today, yesterday, a weekday (monday: the last one), last friday, 3 days ago, a week ago, 27 nov, or -2 for two days ago (French too: hier, lundi, vendredi dernier, il y a 3 jours, il y a une semaine, 27 novembre)";
