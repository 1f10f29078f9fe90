import { describe, expect, it } from "vitest";
import { applyEntries, entriesFromMap, parseAnswerFlag } from "../../src/domain/answer-input.js";
import type { Template } from "../../src/domain/template.js";

const template: Template = {
  id: "default",
  version: 1,
  title: "t",
  questions: [
    { id: "spot", text: "Spot?", kind: "text", required: true },
    { id: "fit", text: "Fit?", kind: "verdict", required: true },
  ],
};

const fromFlags = (...flags: string[]) =>
  applyEntries(
    template,
    flags.map((flag) => {
      const parsed = parseAnswerFlag(flag);
      if (!("key" in parsed)) throw new Error(parsed.message);
      return parsed;
    }),
  );

describe("answers from flags and files", () => {
  it("splits at the first = only, keeping the text exact", () => {
    expect(fromFlags("spot=a=b: c # d").answers).toEqual({ spot: { text: "a=b: c # d" } });
  });

  it("takes a verdict and its notes separately", () => {
    expect(fromFlags("fit=partly", "fit.notes=Too hard.").answers).toEqual({
      fit: { verdict: "partly", text: "Too hard." },
    });
  });

  it("refuses an invalid verdict without echoing the value", () => {
    const { problems } = fromFlags("fit=Jane Doe was great");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("must be yes, partly, no");
    expect(problems[0]).toContain("--answer fit.notes=<text>");
    expect(problems[0]).not.toContain("Jane");
  });

  it("names unknown questions and the ones the template asks", () => {
    expect(fromFlags("nope=x").problems[0]).toBe(
      '--answer: unknown question "nope"; the template "default" asks: spot, fit',
    );
    expect(fromFlags("spot.notes=x").problems[0]).toContain(`"spot" takes --answer spot=<text>`);
    expect(fromFlags("fit.extra=x").problems[0]).toContain('unknown part "fit.extra"');
  });

  it("rejects --answer without =", () => {
    expect(parseAnswerFlag("spot")).toHaveProperty("message");
    expect(parseAnswerFlag("=x")).toHaveProperty("message");
  });

  it("reads nested and flat maps alike", () => {
    const nested = entriesFromMap({ spot: "no", fit: { verdict: "no", notes: "0123" } }, "a.yaml");
    const flat = entriesFromMap({ spot: "no", fit: "no", "fit.notes": "0123" }, "a.yaml");
    for (const { entries } of [nested, flat]) {
      expect(applyEntries(template, entries).answers).toEqual({
        spot: { text: "no" },
        fit: { verdict: "no", text: "0123" },
      });
    }
  });

  it("refuses values that are not text", () => {
    expect(entriesFromMap(["a"], "a.yaml").issues[0]?.message).toContain("expected a map");
    expect(entriesFromMap({ spot: [1, 2] }, "a.yaml").issues[0]?.path).toEqual(["spot"]);
  });
});
