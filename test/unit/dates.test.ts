import { afterEach, describe, expect, it } from "vitest";
import { addDays, isIsoDate, localDate, localTimestamp } from "../../src/domain/dates.js";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("dates", () => {
  it("writes the local time with its real UTC offset", () => {
    process.env.TZ = "Europe/Paris";
    expect(localTimestamp(new Date("2026-11-27T14:30:12Z"))).toBe("2026-11-27T15:30:12+01:00");
    expect(localTimestamp(new Date("2026-07-01T14:30:12Z"))).toBe("2026-07-01T16:30:12+02:00");
    process.env.TZ = "America/St_Johns";
    expect(localTimestamp(new Date("2026-11-27T14:30:12Z"))).toBe("2026-11-27T11:00:12-03:30");
  });

  it("takes the interview day in local time, not UTC", () => {
    process.env.TZ = "Pacific/Auckland";
    expect(localDate(new Date("2026-11-27T20:00:00Z"))).toBe("2026-11-28");
  });

  it("accepts only real calendar days", () => {
    expect(isIsoDate("2026-11-27")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2026-04-30")).toBe(true);
    for (const bad of [
      "2026-02-29",
      "2100-02-29",
      "2026-04-31",
      "2026-00-10",
      "2026-11-00",
      "20x6-02-10",
      "2026-1x-10",
      "2026-11-2x",
      "2026/11/27",
      "2026-11-270",
      "+2026-11-27",
      "2026-13-01",
      "2026-11-31",
      "26-11-27",
      "2026-1-27",
      "yesterday",
      "",
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it("adds days across month ends, year ends and leap years", () => {
    expect(addDays("2026-11-27", 180)).toBe("2027-05-26");
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});
