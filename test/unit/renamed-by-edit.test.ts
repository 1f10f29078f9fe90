import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { daysBetween } from "../../src/domain/dates.js";
import { retroId, slugify } from "../../src/domain/naming.js";
import { renamedByEdit } from "../../src/domain/renamed-by-edit.js";
import { validateRetro } from "../../src/domain/retro-validate.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { makeRetro } from "../helpers/fixtures.js";

const before = makeRetro({ suffix: "k7f3" });
const text = retroToYaml(before);
/** The text as a person leaves it in the editor: lines replaced, nothing else touched. */
const edited = (replacements: [RegExp, string][]) =>
  replacements.reduce((out, [line, value]) => out.replace(line, value), text);
const rename = (changed: string) => renamedByEdit(before, parse(changed), changed);

describe("renamedByEdit: the id and file name follow the date, role and candidate", () => {
  it("a fixed date moves the id, and expires_on keeps its distance from the date", () => {
    const renamed = rename(edited([[/^date: .*$/m, 'date: "2026-11-20"']]));
    expect(renamed?.id).toBe("2026-11-20-backend-ats-1-k7f3");
    const data = parse(renamed?.text ?? "");
    expect(data.id).toBe("2026-11-20-backend-ats-1-k7f3");
    expect(daysBetween(data.date, data.expires_on)).toBe(
      daysBetween(before.date, before.expires_on),
    );
    expect(validateRetro(data, { stem: data.id, folder: "2026" })).toEqual([]);
  });

  it("a fixed candidate or role renames; expires_on stays", () => {
    const renamed = rename(
      edited([
        [/^candidate: .*$/m, "candidate: ats-2"],
        [/^role: .*$/m, "role: data"],
      ]),
    );
    expect(renamed?.id).toBe("2026-11-27-data-ats-2-k7f3");
    expect(parse(renamed?.text ?? "").expires_on).toBe(before.expires_on);
  });

  it("keeps a date's expires_on that the person changed too", () => {
    const renamed = rename(
      edited([
        [/^date: .*$/m, 'date: "2026-11-20"'],
        [/^expires_on: .*$/m, 'expires_on: "2026-12-31"'],
      ]),
    );
    expect(parse(renamed?.text ?? "").expires_on).toBe("2026-12-31");
  });

  it("leaves alone an edit of other fields, and an id the person set to something else", () => {
    expect(rename(edited([[/^stage: .*$/m, "stage: onsite"]]))).toBeUndefined();
    expect(
      rename(
        edited([
          [/^candidate: .*$/m, "candidate: ats-2"],
          [/^id: .*$/m, "id: 2026-11-27-mine"],
        ]),
      ),
    ).toBeUndefined();
  });

  it("takes an id the person already set to the new one as it is", () => {
    const changed = edited([
      [/^candidate: .*$/m, "candidate: ats-2"],
      [/^id: .*$/m, "id: '2026-11-27-backend-ats-2-k7f3'"],
    ]);
    expect(rename(changed)).toEqual({ id: "2026-11-27-backend-ats-2-k7f3", text: changed });
  });

  it("renames no retro the tool did not name, and no text whose id line it cannot find once", () => {
    const handNamed = makeRetro({ id: "2026-11-27-notes-on-ats-1" });
    const handText = retroToYaml(handNamed).replace(/^candidate: .*$/m, "candidate: ats-2");
    expect(renamedByEdit(handNamed, parse(handText), handText)).toBeUndefined();
    const singleQuoted = edited([
      [/^candidate: .*$/m, "candidate: ats-2"],
      [/^id: .*$/m, "id: '2026-11-27-backend-ats-1-k7f3'"],
    ]);
    expect(rename(singleQuoted)).toBeUndefined();
  });

  it("gives any valid date, role and candidate the id new would give them, in a valid retro", () => {
    const field = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 ._-]{0,20}$/);
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, field, field, (date, role, candidate) => {
        const quoted = (value: string) => JSON.stringify(value);
        const changed = edited([
          [/^date: .*$/m, `date: "${date}"`],
          [/^role: .*$/m, `role: ${quoted(role)}`],
          [/^candidate: .*$/m, `candidate: ${quoted(candidate)}`],
        ]);
        const renamed = rename(changed);
        const id = retroId(date, slugify(role, candidate), "k7f3");
        if (id === before.id) return expect(renamed).toBeUndefined();
        expect(renamed?.id).toBe(id);
        const data = parse(renamed?.text ?? "");
        expect(validateRetro(data, { stem: id, folder: date.slice(0, 4) })).toEqual([]);
      }),
    );
  });
});
