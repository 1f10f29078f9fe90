import { describe, expect, it } from "vitest";
import { parseDateBound } from "../../src/domain/date-bound.js";

const on = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe("--since / --until values", () => {
  it("takes a day as is", () => {
    expect(parseDateBound("2026-01-31", on(2026, 11, 27))).toBe("2026-01-31");
  });

  it("counts days and weeks back from today", () => {
    expect(parseDateBound("30d", on(2026, 11, 27))).toBe("2026-10-28");
    expect(parseDateBound("0d", on(2026, 11, 27))).toBe("2026-11-27");
    expect(parseDateBound("2w", on(2026, 3, 10))).toBe("2026-02-24");
  });

  it("moves months and years on the calendar, clamping to the month's last day", () => {
    expect(parseDateBound("6m", on(2026, 11, 27))).toBe("2026-05-27");
    expect(parseDateBound("1m", on(2026, 3, 31))).toBe("2026-02-28");
    expect(parseDateBound("1m", on(2028, 3, 31))).toBe("2028-02-29");
    expect(parseDateBound("1y", on(2028, 2, 29))).toBe("2027-02-28");
    expect(parseDateBound("13m", on(2026, 1, 15))).toBe("2024-12-15");
  });

  it("takes a day as a person says it, as --date does", () => {
    expect(parseDateBound("yesterday", on(2026, 11, 27))).toBe("2026-11-26");
    expect(parseDateBound("-3d", on(2026, 11, 27))).toBe("2026-11-24");
    expect(parseDateBound("lundi", on(2026, 11, 27))).toBe("2026-11-23");
  });

  it.each(["", "30", "d", "3 d", "1.5y", "2026-02-30", "tomorrow", "99999d"])(
    "refuses %j",
    (value) => {
      expect(parseDateBound(value, on(2026, 11, 27))).toBeUndefined();
    },
  );
});
