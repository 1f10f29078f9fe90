import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { newestClaimed, newestRetro } from "../../src/io/newest-retro.js";
import { eachRetroNewestFirst, readRetros, type StoredRetro } from "../../src/io/retro-store.js";
import { makeRetro } from "../helpers/fixtures.js";
import { tempDir } from "../helpers/world.js";

const DAY = "2026-11-27";
const TIMES = ["09:00:00+01:00", "15:30:12+01:00", "15:30:12+02:00", "23:59:59Z"].map(
  (time) => `${DAY}T${time}`,
);

const EARLY_LINES = `recorded_at: "${DAY}T00:00:00Z"\ndate: "${DAY}"`;

/** What the tool writes, and what a clone or a hand may make of it. */
const KINDS = {
  written: (text: string) => text,
  "time unquoted": (text: string) => text.replace(/^recorded_at: "(.*)"$/m, "recorded_at: $1"),
  "time on the next line": (text: string) =>
    text.replace(/^recorded_at: (.*)$/m, "recorded_at:\n  $1"),
  "broken answers": (text: string) => text.replace(/^answers:[\s\S]*$/m, "answers: [broken\n"),
  "dated another day": (text: string) => text.replace(`date: "${DAY}"`, 'date: "2026-11-26"'),
  "time said twice": (text: string) =>
    text.replace(/^(recorded_at: .*)$/m, '$1\nrecorded_at: "2026-11-27T23:59:59Z"'),
  "CRLF line ends": (text: string) => text.replaceAll("\n", "\r\n"),
  // Valid YAML, where a line of an answer starts like the key: only the tool's layout is trusted.
  "a flow mapping": (text: string) =>
    JSON.stringify(parse(text)).replace('"Late."', `'Late.\n${EARLY_LINES}\n'`),
  "lines like keys in an answer": (text: string) => text,
  "a copy under another name": (text: string) => text,
} as const;
type Kind = keyof typeof KINDS;

interface FileSpec {
  kind: Kind;
  time: number;
  candidate: number;
}

function writeDay(retros: string, files: FileSpec[]): void {
  mkdirSync(join(retros, "2026"), { recursive: true });
  // An older day, never the newest.
  const older = makeRetro({ date: "2026-11-20", suffix: "old0" });
  writeFileSync(join(retros, "2026", `${older.id}.yaml`), retroToYaml(older));
  files.forEach(({ kind, time, candidate }, index) => {
    const retro = makeRetro({
      date: DAY,
      candidate: `ats-${candidate}`,
      suffix: `s${index.toString().padStart(3, "0")}`,
      recordedAt: TIMES[time],
      ...(kind === "lines like keys in an answer"
        ? { answers: { spot_difficulty_earlier: { text: `Late.\n${EARLY_LINES}` } } }
        : kind === "a flow mapping"
          ? { answers: { spot_difficulty_earlier: { text: "Late." } } }
          : {}),
    });
    const name = kind === "a copy under another name" ? `${DAY}-copy-${index}` : retro.id;
    writeFileSync(join(retros, "2026", `${name}.yaml`), KINDS[kind](retroToYaml(retro)));
  });
}

/** The newest retro as every other command reads the folder: all of the newest day's files parsed. */
async function newestByParsing(retros: string): Promise<StoredRetro | undefined> {
  let newest: StoredRetro | undefined;
  await eachRetroNewestFirst(
    { dir: retros, onWarning: () => {} },
    (stored) => {
      newest = stored;
      return true;
    },
    1,
  );
  return newest;
}

const fileSpec = fc.record({
  kind: fc.constantFrom(...(Object.keys(KINDS) as Kind[])),
  time: fc.integer({ min: 0, max: TIMES.length - 1 }),
  candidate: fc.integer({ min: 1, max: 3 }),
});

describe("show latest's newest retro", () => {
  it("is the one the names and the times written say, whatever the day's files hold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fileSpec, { minLength: 1, maxLength: 4 }), async (files) => {
        const { dir, cleanup } = tempDir();
        try {
          const retros = join(dir, "retros");
          writeDay(retros, files);
          const expected = await newestByParsing(retros);
          expect((await newestRetro({ dir: retros, onWarning: () => {} }))?.path).toBe(
            expected?.path,
          );
          // Whenever the file named newest reads back as it says, it is the newest.
          const claimed = newestClaimed(retros);
          const [read] = claimed ? await readRetros([claimed.path], { onWarning: () => {} }) : [];
          if (claimed && read?.retro.recorded_at === claimed.recordedAt)
            expect(claimed.path).toBe(expected?.path);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is found by parsing one file when the day's files are as the tool writes them", () => {
    const { dir, cleanup } = tempDir();
    try {
      const retros = join(dir, "retros");
      writeDay(retros, [
        { kind: "written", time: 0, candidate: 2 },
        { kind: "lines like keys in an answer", time: 1, candidate: 3 },
        { kind: "written", time: 3, candidate: 1 },
      ]);
      expect(newestClaimed(retros)).toEqual({
        path: join(retros, "2026", `${DAY}-backend-ats-1-s002.yaml`),
        id: `${DAY}-backend-ats-1-s002`,
        date: DAY,
        recordedAt: `${DAY}T23:59:59Z`,
      });
      // A file in another layout, or one that says nothing of its time: the day's files are all parsed.
      writeDay(retros, [{ kind: "a flow mapping", time: 0, candidate: 1 }]);
      expect(newestClaimed(retros)).toBeUndefined();
      rmSync(join(retros, "2026", `${DAY}-backend-ats-1-s000.yaml`));
      expect(newestClaimed(retros)).toBeDefined();
      writeDay(retros, [{ kind: "time on the next line", time: 0, candidate: 1 }]);
      expect(newestClaimed(retros)).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
