import { localDate } from "./dates.js";
import { parseHumanDate } from "./human-date.js";

/**
 * `--since` / `--until` values: a day (`2026-01-31`, or as a person says it:
 * `yesterday`, `monday`, `27 nov`, `-2`) or a span back from today (`30d`, `6w`, `6m`, `1y`). Months and years move on the calendar, so
 * `1m` from March 31 is the last day of February.
 */
const SPAN = /^(\d{1,4})([dwmy])$/;

export function parseDateBound(value: string, today: Date): string | undefined {
  const trimmed = value.trim();
  const match = SPAN.exec(trimmed);
  if (!match) return parseHumanDate(trimmed, localDate(today));
  const amount = Number(match[1]);
  const unit = match[2];
  const y = today.getFullYear();
  const m = today.getMonth();
  const d = today.getDate();
  if (unit === "d" || unit === "w")
    return localDate(new Date(y, m, d - amount * (unit === "w" ? 7 : 1)));
  const months = unit === "m" ? amount : amount * 12;
  const lastDay = new Date(y, m - months + 1, 0).getDate();
  return localDate(new Date(y, m - months, Math.min(d, lastDay)));
}

export const DATE_BOUND_HELP =
  "a day such as 2026-01-31 (or yesterday, monday, last friday, 27 nov, -2), or a span back from today such as 30d, 6w, 6m or 1y";
