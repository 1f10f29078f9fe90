import { describe, expect, it } from "vitest";
import { parseHumanDate, weekdayOf } from "../../src/domain/human-date.js";

const TODAY = "2026-11-27"; // a Friday

describe("a day as a person says it", () => {
  it.each([
    ["2026-11-02", "2026-11-02"],
    ["today", TODAY],
    ["Aujourd'hui", TODAY],
    ["yesterday", "2026-11-26"],
    ["HIER", "2026-11-26"],
    ["-2", "2026-11-25"],
    ["-2d", "2026-11-25"],
    ["-10j", "2026-11-17"],
    ["monday", "2026-11-23"],
    ["Lundi", "2026-11-23"],
    ["friday", TODAY],
    ["vendredi", TODAY],
    ["samedi", "2026-11-21"],
    [" thu ", "2026-11-26"],
    ["day before yesterday", "2026-11-25"],
    ["Avant-hier", "2026-11-25"],
    ["3 days ago", "2026-11-24"],
    ["1 day ago", "2026-11-26"],
    ["il y a 3 jours", "2026-11-24"],
    ["a week ago", "2026-11-20"],
    ["2 weeks ago", "2026-11-13"],
    ["il y a une semaine", "2026-11-20"],
    ["il y a 3 semaines", "2026-11-06"],
    // "last" is before today: a week back on the day itself.
    ["last friday", "2026-11-20"],
    ["last Monday", "2026-11-23"],
    ["vendredi dernier", "2026-11-20"],
    ["samedi dernier", "2026-11-21"],
    // A day of a month: the last one, today included, or that year's.
    ["27 nov", TODAY],
    ["Nov. 3rd", "2026-11-03"],
    ["3 décembre", "2025-12-03"],
    ["1er décembre", "2025-12-01"],
    ["february 28", "2026-02-28"],
    ["29 feb", "2024-02-29"],
    ["15 août 2025", "2025-08-15"],
    ["December 3, 2025", "2025-12-03"],
  ])("%s is %s", (said, day) => {
    expect(parseHumanDate(said, TODAY)).toBe(day);
  });

  it.each([
    "2026-02-30",
    "tomorrow",
    "demain",
    "2",
    "mondays",
    "",
    "last week",
    "weeks ago",
    "il y a semaines",
    // Numbers alone read one way here, another there.
    "12/03",
    "27.11.2026",
    "31 nov",
    "29 feb 2025",
    "27 smarch",
  ])("%j is not a day", (said) => {
    expect(parseHumanDate(said, TODAY)).toBeUndefined();
  });

  it("names the weekday of a day", () => {
    expect(weekdayOf("2026-11-23")).toBe(1); // a Monday
  });
});
