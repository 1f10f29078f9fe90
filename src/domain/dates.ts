/**
 * Calendar dates as `YYYY-MM-DD` strings. A retro's date is the interview day
 * in the interviewer's own time zone, so everything here works on local time,
 * and date arithmetic is done on the calendar (in UTC) to avoid DST surprises.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local calendar day of `now`. */
export function localDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `2026-11-27T15:30:12+01:00`: local wall time with its real UTC offset, never a bare UTC guess. */
export function localTimestamp(now: Date): string {
  const offsetMinutes = -now.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `${localDate(now)}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DASH = 0x2d;

/** True when `text` is a real calendar date written as `YYYY-MM-DD` (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  // By character codes and arithmetic, without a regular expression or a Date:
  // this checks two dates of every retro read.
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH)
    return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The number written in text[from, to) with ASCII digits only, or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `date` plus `days` calendar days, across month ends and leap years. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Calendar days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
