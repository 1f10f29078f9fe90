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
  ])("%s is %s", (said, day) => {
    expect(parseHumanDate(said, TODAY)).toBe(day);
  });

  it.each(["2026-02-30", "tomorrow", "demain", "2", "mondays", ""])("%j is not a day", (said) => {
    expect(parseHumanDate(said, TODAY)).toBeUndefined();
  });

  it("names the weekday of a day", () => {
    expect(weekdayOf("2026-11-23")).toBe(1); // a Monday
  });
});
