import { describe, expect, it } from "vitest";
import type { DigestInput } from "../../src/domain/digest.js";
import type { Retro } from "../../src/domain/retro.js";
import { type Palette, PLAIN } from "../../src/ui/color.js";
import { digestHtml } from "../../src/ui/digest-html.js";
import { digestMarkdown } from "../../src/ui/digest-markdown.js";
import { renderDigest } from "../../src/ui/render-digest.js";
import { ListTable, renderList } from "../../src/ui/render-list.js";
import { renderSearchResult } from "../../src/ui/render-search.js";
import { padEnd, truncate, width, wrap } from "../../src/ui/text-width.js";
import { makeRetro } from "../helpers/fixtures.js";

function tableOf(retros: Retro[]): ListTable {
  const table = new ListTable();
  for (const retro of retros) table.add(retro);
  return table;
}

const MARKED: Palette = { ...PLAIN, match: (text) => `[${text}]` };

describe("rendering", () => {
  it("aligns list columns and never cuts them in a pipe", () => {
    const lines = [
      ...renderList(
        tableOf([
          makeRetro({ interviewer: "A rather long interviewer name" }),
          makeRetro({ candidate: "x" }),
        ]),
        PLAIN,
      ),
    ];
    expect(lines[1]).toContain("A rather long interviewer name");
    expect(lines[1]?.indexOf("PN")).toBe(lines[2]?.indexOf("PN"));
  });

  describe("list on a narrow terminal", () => {
    const retros = [
      makeRetro({ role: "fullstack", candidate: "ats-14737", interviewer: "Camille Haddad" }),
      makeRetro({ role: "sre", candidate: "ats-17366", interviewer: "Sam Okafor" }),
    ];
    const ids = retros.map((retro) => retro.id);
    const at = (columns: number, table = tableOf(retros)) => [...renderList(table, PLAIN, columns)];
    const header = (lines: string[]) => (lines[0] ?? "").split(/ +/);

    it("keeps every column where the table fits", () => {
      const lines = at(200);
      expect(header(lines)).toEqual([
        "DATE",
        "ID",
        "ROLE",
        "STAGE",
        "CANDIDATE",
        "INTERVIEWER",
        "TEMPLATE",
        "VERDICTS",
      ]);
      expect(lines.join("\n")).not.toContain("…");
    });

    it("leaves whole columns out, the date first, so that each id stays whole to be copied", () => {
      for (const columns of [60, 80, 100]) {
        const lines = at(columns);
        for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
        expect(header(lines)[0]).toBe("ID");
        for (const [i, id] of ids.entries()) expect(lines[i + 1]?.startsWith(`${id}  `)).toBe(true);
        expect(lines.join("\n")).not.toContain("…");
      }
      expect(header(at(80))).toEqual(["ID", "ROLE", "STAGE", "CANDIDATE", "VERDICTS"]);
      expect(header(at(100))).toEqual([
        "ID",
        "ROLE",
        "STAGE",
        "CANDIDATE",
        "INTERVIEWER",
        "VERDICTS",
      ]);
    });

    it("cuts a long name before it leaves any column out", () => {
      const long = "A very long interviewer name that goes on and on";
      const table = tableOf([...retros, makeRetro({ interviewer: long })]);
      const columns = width(at(200, table)[0] ?? "") - (long.length - 20);
      const lines = at(columns, table);
      expect(header(lines)).toHaveLength(8);
      expect(lines[3]).toContain("A very long intervi…");
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
    });

    it("cuts the id only when the id, candidate and verdicts alone do not fit", () => {
      const lines = at(50);
      expect(header(lines)).toEqual(["ID", "CANDIDA…", "VERDICTS"]);
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(50);
    });
  });

  it("lists 200,000 rows without overflowing the call stack", () => {
    const lines = [
      ...renderList(tableOf(Array.from({ length: 200_000 }, () => makeRetro())), PLAIN),
    ];
    expect(lines).toHaveLength(200_001);
  });

  it("draws a digest whose one group holds 150,000 answers, in every format", () => {
    const answers = Array.from({ length: 150_000 }, (_, i) => ({
      id: `2026-11-27-backend-ats-${i}-k7f3`,
      date: "2026-11-27",
      text: "Fine.",
    }));
    const input: DigestInput = {
      digest: {
        total: answers.length,
        by: "none",
        sections: [
          {
            template: "default",
            questions: [{ id: "q", text: "Q?", groups: [{ key: "", answers }] }],
          },
        ],
        themes: [],
        actions: [],
      },
      until: "2026-12-02",
      generatedOn: "2026-12-02",
    };
    for (const draw of [digestHtml, digestMarkdown, (i: DigestInput) => renderDigest(i, PLAIN)])
      expect([...draw(input)].join("\n")).toContain("2026-11-27-backend-ats-149999-k7f3");
  });

  it("cuts the widest columns first to fit a narrow terminal", () => {
    const lines = [
      ...renderList(
        tableOf([makeRetro({ interviewer: "A rather long interviewer name" })]),
        PLAIN,
        80,
      ),
    ];
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/PN$/);
  });

  it("paints each verdict letter and the id in colour, and leaves the plain table unpainted", () => {
    const painted: Palette = {
      ...PLAIN,
      bold: (text) => `<b>${text}</b>`,
      yellow: (text) => `<y>${text}</y>`,
      red: (text) => `<r>${text}</r>`,
    };
    const retro = makeRetro();
    const [, colour] = [...renderList(tableOf([retro]), painted)];
    expect(colour).toContain(`<b>${retro.id}</b>`);
    expect(colour).toMatch(/<y>P<\/y><r>N<\/r>$/);
    const [, plain] = [...renderList(tableOf([retro]), PLAIN)];
    expect(plain).toMatch(new RegExp(`^${retro.date} +${retro.id} .*PN$`));
  });

  it("highlights every match and escapes the text around it", () => {
    const [, line] = renderSearchResult(
      "a.yaml",
      [
        {
          field: "q",
          lineNumber: 1,
          line: "cache \x1b[2J cache",
          ranges: [
            [0, 5],
            [11, 16],
          ],
        },
      ],
      MARKED,
    );
    expect(line).toBe("  q: [cache] \\e[2J [cache]");
  });

  it("keeps the match in view when a long line is cut to the terminal", () => {
    const text = `${"x".repeat(200)} needle ${"y".repeat(200)}`;
    const [, line] = renderSearchResult(
      "a.yaml",
      [{ field: "q", lineNumber: 1, line: text, ranges: [[201, 207]] }],
      MARKED,
      60,
    );
    expect(line).toContain("[needle]");
    expect(line?.length).toBeLessThanOrEqual(62);
    expect(line).toMatch(/^ {2}q: …x+ \[needle\] y+…$/);
  });

  it("counts a character outside the BMP (an emoji) as one cell, never half of one", () => {
    expect(width("Zoë 🦊")).toBe(5);
    expect(padEnd("🦊", 3)).toBe("🦊  ");
    expect(truncate("🦊🦊🦊", 2)).toBe("🦊…");
    expect(truncate("abc", 2)).toBe("a…");
  });

  it("wraps on spaces, cuts words longer than a line, and keeps line breaks", () => {
    expect(wrap("aaa bbb ccc\n\nddd", 7)).toEqual(["aaa bbb", "ccc", "", "ddd"]);
    expect(wrap("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});
