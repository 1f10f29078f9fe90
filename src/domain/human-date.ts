import { addDays, isIsoDate } from "./dates.js";
import { fold } from "./fold.js";

/**
 * A day as a person says it, in English or French: `2026-11-27`, `today` /
 * `aujourd'hui`, `yesterday` / `hier`, a weekday (`monday`, `lundi`: the most
 * recent one, today included), or a number of days back (`-2`, `-2d`, `-2j`).
 * Case and accents do not matter. `today` is the local day, `YYYY-MM-DD`.
 */
export function parseHumanDate(text: string, today: string): string | undefined {
  // \u2019: ’, written so that the bundle stays ASCII-only (scripts/build.mjs).
  const said = fold(text.trim()).replace(/[\u2019']/g, "");
  if (isIsoDate(said)) return said;
  if (said === "today" || said === "aujourdhui") return today;
  if (said === "yesterday" || said === "hier") return addDays(today, -1);
  const back = /^-(\d{1,4})\s*[dj]?$/.exec(said);
  if (back) return addDays(today, -Number(back[1]));
  const weekday = WEEKDAYS.findIndex((names) => names.includes(said));
  if (weekday < 0) return undefined;
  return addDays(today, -((weekdayOf(today) - weekday + 7) % 7));
}

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

/** The weekday of a `YYYY-MM-DD` day, from 0 (Sunday): shown beside the day a prompt understood. */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const HUMAN_DATE_HELP =
  "a day such as 2026-11-27, today, yesterday, a weekday (monday: the last one), or -2 for two days ago (French too: hier, lundi)";
