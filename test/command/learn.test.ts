import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { writeRetro, writeText } from "../helpers/fixtures.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  process.env.TZ = "Europe/Paris";
});
afterEach(() => cleanup());

async function cli(
  args: string[],
  options: {
    tty?: boolean;
    prompter?: ScriptedPrompter;
    env?: NodeJS.ProcessEnv;
    now?: Date;
  } = {},
) {
  const captured = testWorld({
    cwd: dir,
    now: options.now ?? new Date(2026, 10, 27, 12),
    tty: options.tty ?? false,
    ...(options.prompter ? { prompter: options.prompter } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  const code = await run(args, captured.world);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** A template of the team's, in the folder the config names. */
function teamTemplate(id: string, text: string) {
  writeText(dir, `team-templates/${id}.yaml`, text);
  writeText(dir, ".interview-retro.yaml", "templates_dir: team-templates\n");
}

const EXCHANGE = [
  "--template",
  "exchange",
  "--answer",
  "concept_explanation=yes",
  "--answer",
  "cliche_avoided=partly",
  "--answer",
  "learned_from_candidate=no",
  "--answer",
  "built_on_experience=yes",
];

describe("templates", () => {
  it("lists the three shipped templates, and a team template overrides a shipped id", async () => {
    const shipped = await cli(["templates"]);
    expect(shipped.stdout).toMatch(
      /^default +v1 +3 questions +Learning from each interview +\(shipped\)$/m,
    );
    expect(shipped.stdout).toMatch(/^difficult +v1 +8 questions/m);
    expect(shipped.stdout).toMatch(/^exchange +v1 +6 questions/m);
    teamTemplate(
      "default",
      "id: default\nversion: 7\ntitle: Ours\nquestions:\n  - {id: only, text: Only?, kind: text}\n",
    );
    const team = await cli(["templates"]);
    expect(team.stdout).toMatch(
      /^default +v7 +1 questions +Ours +\(team-templates\/default\.yaml\)$/m,
    );
    const written = await cli(["--candidate", "ats-1", "--answer", "only=x"]);
    expect(written.code).toBe(0);
    expect(parse(readFileSync(join(dir, written.stdout.trim()), "utf8")).template).toEqual({
      id: "default",
      version: 7,
    });
  });

  it("escapes a team template's text: no escape sequence or bidi override reaches the terminal", async () => {
    teamTemplate(
      "evil",
      'id: evil\nversion: 1\ntitle: "Ours\\e]0;pwned\\a"\nquestions:\n  - {id: q, text: "Red\\e[31m?", kind: text, hint: "a\\u202eb"}\n',
    );
    for (const args of [["templates"], ["templates", "show", "evil"]]) {
      const { stdout } = await cli(args, { tty: true });
      expect(stdout).toContain("evil");
      expect(stdout).not.toMatch(/[\x1b\x07\u202e]/);
    }
  });

  it("shows a template's questions with their kinds", async () => {
    const { stdout } = await cli(["templates", "show", "exchange"]);
    expect(stdout).toContain(
      "4. Depth over breadth - where did the interview sit?\n   id: depth_over_breadth · scale 1-5",
    );
    expect(stdout).toContain(
      "id: concrete_elements · checklist: code_review (Code review), architecture_analysis (Architecture analysis)",
    );
    expect((await cli(["templates", "show", "nope"])).code).toBe(2);
  });

  it("wraps a template's text between words on a terminal, under each question's indentation; a pipe keeps it whole", async () => {
    const hint =
      "Think of the first ten minutes, the warm-up, and the moment the candidate first hesitated on the exercise.";
    teamTemplate(
      "long",
      `id: long\nversion: 1\ntitle: Long\nquestions:\n  - {id: q, text: "When did it start?", kind: text, hint: "${hint}"}\n`,
    );
    const terminal = (await cli(["templates", "show", "long"], { tty: true })).stdout;
    expect(terminal).toContain(
      [
        "   Think of the first ten minutes, the warm-up, and the moment the candidate",
        "   first hesitated on the exercise.",
      ].join("\n"),
    );
    expect((await cli(["templates", "show", "long"])).stdout).toContain(`   ${hint}\n`);
  });

  it("reports a broken team template with its path, line and reason, and lists the rest", async () => {
    teamTemplate(
      "broken",
      "id: broken\nversion: 1\nquestions:\n  - {id: q, text: Q?, kind: essay}\n",
    );
    const { code, stdout, stderr } = await cli(["templates"]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "team-templates/broken.yaml:4:23: kind must be one of: text, verdict, scale, checklist",
    );
    expect(stdout).toContain("exchange");
  });
});

describe("scale and checklist questions", () => {
  it("work through --answer and at the prompt", async () => {
    const byFlag = await cli([
      "--candidate",
      "ats-1",
      ...EXCHANGE,
      "--answer",
      "depth_over_breadth=4",
      "--answer",
      "concrete_elements=code_review,role_play",
    ]);
    expect(byFlag.code).toBe(0);
    expect(
      parse(readFileSync(join(dir, byFlag.stdout.trim()), "utf8")).answers.concrete_elements,
    ).toMatchObject({ checked: ["code_review", "role_play"] });
    const prompter = new ScriptedPrompter([
      "ats-2",
      "",
      "",
      "",
      "",
      "",
      "yes",
      "",
      "no",
      "",
      "partly",
      "",
      "2",
      "",
      "yes",
      "",
      "what_if",
      "",
    ]);
    const asked = await cli(["--template", "exchange"], { tty: true, prompter });
    expect(asked.code).toBe(0);
    const retro = parse(readFileSync(join(dir, asked.stdout.trim()), "utf8"));
    expect(retro.answers.depth_over_breadth.score).toBe(2);
    expect(retro.answers.concrete_elements.checked).toEqual(["what_if"]);
    expect(prompter.asked.map((a) => a.kind)).toContain("checkbox");
  });
});

describe("stats", () => {
  beforeEach(() => {
    const retros = join(dir, "retros");
    const verdicts = [
      ["2026-10-05", "backend", "Alex", "yes", "no"],
      ["2026-10-20", "backend", "Sam", "partly", "no"],
      ["2026-11-02", "data", "Alex", "no", "yes"],
      ["2025-01-10", "data", "Sam", "yes", "yes"],
    ] as const;
    for (const [i, [date, role, interviewer, first, second]] of verdicts.entries()) {
      writeRetro(retros, {
        date,
        role,
        interviewer,
        suffix: `s00${i}`,
        tags: i % 2 === 0 ? ["remote"] : [],
        answers: {
          spot_difficulty_earlier: { text: "x" },
          questions_appropriate: { verdict: first },
          candidate_strengths: { verdict: second },
        },
      });
    }
  });

  it("charts from the first month holding a retro, and says none for an empty section", async () => {
    const fresh = join(dir, "fresh");
    writeRetro(fresh, { date: "2026-10-15", role: "", interviewer: "", suffix: "f001" });
    writeRetro(fresh, { date: "2026-11-02", role: "", interviewer: "", suffix: "f002" });
    const json = JSON.parse((await cli(["stats", "--json", "--dir", "fresh"])).stdout);
    expect(json.months.map((m: { key: string }) => m.key)).toEqual(["2026-10", "2026-11"]);
    const { stdout } = await cli(["stats", "--dir", "fresh"]);
    expect(stdout).toContain("Retros per month (2026-10 to 2026-11)");
    expect(stdout).toContain("By role\n  none");
    expect(stdout).toContain("By interviewer\n  none");
  });

  it("draws the newest 24 months in the terminal, and says how many earlier ones it left out", async () => {
    const long = join(dir, "long");
    writeRetro(long, { date: "2024-06-10", suffix: "l001" });
    writeRetro(long, { date: "2026-11-02", suffix: "l002" });
    const { stdout } = await cli(["stats", "--dir", "long"]);
    const months = stdout.slice(stdout.indexOf("Retros per month"), stdout.indexOf("By role"));
    expect(months.split("\n").slice(0, 3)).toEqual([
      "Retros per month (2024-06 to 2026-11)",
      "  … 6 earlier months (--until shows them)",
      "  2024-12  0",
    ]);
    expect(months).toContain("  2026-11  ██████████████████████████████ 1\n");
    // The JSON keeps every month.
    const json = JSON.parse((await cli(["stats", "--json", "--dir", "long"])).stdout);
    expect(json.months).toHaveLength(30);
  });

  it("says what to do next in a folder with no retro yet, not when a filter left them out", async () => {
    mkdirSync(join(dir, "empty"));
    expect(await cli(["stats", "--dir", "empty"])).toEqual({
      code: 0,
      stdout: "0 retros\n",
      stderr: 'No retros yet: write one with "interview-retro new".\n',
    });
    expect(await cli(["stats", "--role", "designer"])).toEqual({
      code: 0,
      stdout: "0 retros\n",
      stderr: "",
    });
    expect(JSON.parse((await cli(["stats", "--json", "--dir", "empty"])).stdout).total).toBe(0);
  });

  it("gives every figure as JSON", async () => {
    const stats = JSON.parse((await cli(["stats", "--json"])).stdout);
    expect(stats.total).toBe(4);
    // From the first month holding a retro (2025-01), not a fixed year back.
    expect(stats.months).toHaveLength(23);
    expect(stats.months[0]).toEqual({ key: "2025-01", count: 1 });
    expect(stats.months.at(-1)).toEqual({ key: "2026-11", count: 1 });
    expect(stats.months.at(-2)).toEqual({ key: "2026-10", count: 2 });
    expect(stats.roles).toEqual([
      { key: "backend", count: 2 },
      { key: "data", count: 2 },
    ]);
    const appropriate = stats.verdicts.find(
      (v: { question: string }) => v.question === "questions_appropriate",
    );
    expect(appropriate.overall).toEqual({ yes: 2, partly: 1, no: 1 });
    expect(appropriate.byMonth.find((m: { month: string }) => m.month === "2026-10")).toEqual({
      month: "2026-10",
      yes: 1,
      partly: 1,
      no: 0,
    });
    expect(stats.tags).toEqual([{ key: "remote", count: 2 }]);
  });

  it("words each question as the newest retro does, whatever order the files are read in", async () => {
    const retros = join(dir, "retros");
    const reword = (path: string, from: string, to: string) =>
      writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
    const asked = "Were the questions asked really appropriate?";
    reword(writeRetro(retros, { date: "2026-11-20", suffix: "w001" }), asked, "Were they fair?");
    // Edited by hand, so read after the others, by the full YAML parser.
    const older = writeRetro(retros, { date: "2024-03-01", suffix: "w002" });
    reword(older, asked, "Old wording?");
    reword(older, "schema: 1\n", "schema: 1 # edited by hand\n");
    const stats = JSON.parse((await cli(["stats", "--json", "--since", "2020-01-01"])).stdout);
    expect(stats.total).toBe(6);
    const appropriate = stats.verdicts.find(
      (v: { question: string }) => v.question === "questions_appropriate",
    );
    expect(appropriate.text).toBe("Were they fair?");
  });

  it("groups verdict shares with --by, and applies the filters", async () => {
    const byInterviewer = JSON.parse(
      (await cli(["stats", "--json", "--by", "interviewer"])).stdout,
    );
    const strengths = byInterviewer.verdicts.find(
      (v: { question: string }) => v.question === "candidate_strengths",
    );
    expect(strengths.byGroup).toEqual([
      { key: "Alex", yes: 1, partly: 0, no: 1 },
      { key: "Sam", yes: 1, partly: 0, no: 1 },
    ]);
    expect(
      JSON.parse((await cli(["stats", "--json", "--role", "data", "--since", "2026-01-01"])).stdout)
        .total,
    ).toBe(1);
    expect((await cli(["stats", "--by", "colour"])).code).toBe(2);
  });

  it("averages scales and counts checklist items", async () => {
    for (const [score, checked, suffix] of [
      ["2", "code_review", "e001"],
      ["4", "code_review,what_if", "e002"],
    ] as const) {
      const { code } = await cli([
        "--candidate",
        `ats-${suffix}`,
        ...EXCHANGE,
        "--answer",
        `depth_over_breadth=${score}`,
        "--answer",
        `concrete_elements=${checked}`,
      ]);
      expect(code).toBe(0);
    }
    const stats = JSON.parse((await cli(["stats", "--json", "--template", "exchange"])).stdout);
    expect(stats.scales).toEqual([
      {
        question: "depth_over_breadth",
        text: "Depth over breadth - where did the interview sit?",
        count: 2,
        mean: 3,
        spread: 1,
        distribution: { 2: 1, 4: 1 },
      },
    ]);
    // By their labels in the team's template, beside their ids.
    expect(stats.checklists[0].items).toEqual([
      { option: "code_review", label: "Code review", count: 2, share: 1 },
      { option: "what_if", label: "What-if scenarios", count: 1, share: 0.5 },
    ]);
    expect((await cli(["stats"])).stdout).toMatch(/Code review 100% +█+ 2/);
  });

  it("draws charts that read without colour, and coloured on a terminal", async () => {
    const plain = await cli(["stats"]);
    expect(plain.stdout).toContain(
      "Were the questions asked really appropriate? (questions_appropriate, verdict)",
    );
    expect(plain.stdout).toMatch(
      /overall {4}█{10}▒{5}░{5} {2}yes 50% · partly 25% · no 25% {2}\(4\)/,
    );
    expect(plain.stdout).not.toContain("\x1b[");
    const coloured = await cli(["stats"], { tty: true });
    expect(coloured.stdout).toContain("\x1b[32m█");
  });
});

describe("report", () => {
  beforeEach(() => {
    writeRetro(join(dir, "retros"), { date: "2026-11-02", suffix: "r001" });
    writeText(
      dir,
      "retros/2026/2026-11-03-backend-ats-1-r003.yaml",
      readFileSync(
        writeRetro(join(dir, "tmp"), { date: "2026-11-03", suffix: "r003" }),
        "utf8",
      ).replace(
        "answers:\n",
        `answers:\n  next_time:\n    question: One thing to do differently next time\n    answer: Start <b>from</b> their project\n`,
      ),
    );
  });

  it("writes Markdown with tables, Mermaid charts, then the themes and the promised actions", async () => {
    const { code, stdout } = await cli(["report"]);
    expect(code).toBe(0);
    expect(stdout).toContain("# Interview retros: what they say");
    expect(stdout).toContain("```mermaid\nxychart-beta");
    expect(stdout).toContain('pie title "Were the questions asked really appropriate?"');
    expect(stdout).toContain("| overall | 0% | 100% | 0% | 2 |");
    // Both retros say the same: that is a theme (of two retros, all of them).
    expect(stdout).toContain("## Recurring themes");
    expect(stdout).toMatch(
      /\| sql warm-up \| 2 \| 100% \| {2}\| 2026-11-03-backend-ats-1-r003, 2026-11-02-backend-ats-1-r001 \|/,
    );
    expect(stdout).toContain(
      "## Promised actions\n\n- **2026-11-03** · Alex Martin, backend · 2026-11-03-backend-ats-1-r003\n\n  > Start \\<b\\>from\\</b\\> their project",
    );
  });

  it("writes one self-contained HTML page: inline SVG, no script, nothing fetched, text escaped", async () => {
    const { code } = await cli(["report", "--format", "html", "-o", "report.html"]);
    expect(code).toBe(0);
    const page = readFileSync(join(dir, "report.html"), "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain("<svg");
    expect(page).not.toMatch(/<script|<link|<img|src=|@import/i);
    expect(page.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:/);
    expect(page).toContain("Start &lt;b&gt;from&lt;/b&gt; their project");
    // Every share written beside its bar, not only in a tooltip.
    expect(page).toContain(">0% / 100% / 0% of 2</text>");
    expect(page).toContain("@page{size:A4");
  });
});

describe("digest and themes", () => {
  const answers = (difficulty: string, verdict: "yes" | "partly" | "no", notes = "") => ({
    spot_difficulty_earlier: { text: difficulty },
    questions_appropriate: { verdict, ...(notes ? { text: notes } : {}) },
    candidate_strengths: { verdict: "yes" as const },
  });

  /** Retros of the last week (today is 2026-11-27) and of the week before. */
  beforeEach(() => {
    const retros = join(dir, "retros");
    writeRetro(retros, {
      date: "2026-11-26",
      role: "backend",
      interviewer: "Léa Martin",
      suffix: "a001",
      answers: answers(
        "The system design part came too late.\nNext time: start with the whiteboard.",
        "partly",
        "Too broad for the level.",
      ),
    });
    writeRetro(retros, {
      date: "2026-11-24",
      role: "backend",
      interviewer: "Sam Okafor",
      suffix: "a002",
      answers: answers("Silent during system design.", "yes"),
    });
    writeRetro(retros, {
      date: "2026-11-25",
      role: "data",
      interviewer: "Alex Martin",
      suffix: "a003",
      answers: answers(
        "Pandas questions, then system design. Action: ask about their data first.",
        "no",
      ),
    });
    // The week before: system design once, take-home twice (fading now).
    for (const [date, suffix, text] of [
      ["2026-11-18", "b001", "The take-home review was rushed."],
      ["2026-11-17", "b002", "We skipped the take-home review."],
      ["2026-11-16", "b003", "System design went fine."],
    ] as const) {
      writeRetro(retros, { date, suffix, answers: answers(text, "yes") });
    }
  });

  it("shows the week's answers by question, grouped by role, newest first, whole, with verdicts and their shares", async () => {
    const { code, stdout } = await cli(["digest"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Digest: 3 retros, 2026-11-20 to 2026-11-27, by role");
    const difficulty = stdout.slice(
      stdout.indexOf("How could we spot signs of difficulty earlier?"),
      stdout.indexOf("Were the questions asked really appropriate?"),
    );
    expect(difficulty).toContain(
      [
        "  backend",
        "    2026-11-26  2026-11-26-backend-ats-1-a001  Léa Martin",
        "      The system design part came too late.",
        "      Next time: start with the whiteboard.",
        "    2026-11-24  2026-11-24-backend-ats-1-a002  Sam Okafor",
        "      Silent during system design.",
        "  data",
      ].join("\n"),
    );
    // The week before is only in its fading themes.
    expect(stdout.slice(0, stdout.indexOf("Recurring themes"))).not.toContain("take-home");
    expect(stdout).toContain("  yes 33% (1) · partly 33% (1) · no 33% (1)");
    expect(stdout).toContain(
      "    2026-11-26  2026-11-26-backend-ats-1-a001  Léa Martin  partly\n      Too broad for the level.",
    );
  });

  it("lists the themes that recur, with their trend, and the actions promised, oldest first", async () => {
    const { stdout } = await cli(["digest"]);
    const themes = stdout.slice(
      stdout.indexOf("Recurring themes"),
      stdout.indexOf("Promised actions"),
    );
    expect(themes).toContain(
      "    system design  3 retros (100%)  rising  2026-11-26-backend-ats-1-a001, 2026-11-25-data-ats-1-a003, 2026-11-24-backend-ats-1-a002",
    );
    expect(themes).toContain("    take-home review  0 retros (0%)  fading");
    // A question with no theme says so.
    expect(themes).toMatch(/\(questions_appropriate, 1 answered\)\n {4}none/);
    const actions = stdout.slice(stdout.indexOf("Promised actions"));
    expect(actions).toBe(
      [
        "Promised actions (oldest first)",
        "  2026-11-25  Alex Martin, data  2026-11-25-data-ats-1-a003",
        "    Action: ask about their data first.",
        "  2026-11-26  Léa Martin, backend  2026-11-26-backend-ats-1-a001",
        "    Next time: start with the whiteboard.",
        "",
      ].join("\n"),
    );
  });

  it("wraps answers between words to a terminal's width, under their indentation; a pipe keeps each line whole", async () => {
    const long =
      "The candidate was calm and precise until the whiteboard part, where the system design question took the rest of the hour.";
    writeRetro(join(dir, "retros"), {
      date: "2026-11-27",
      role: "sre",
      suffix: "c001",
      answers: answers(long, "yes"),
    });
    const terminal = (await cli(["digest", "--no-color"], { tty: true })).stdout;
    expect(terminal).toContain(
      [
        "      The candidate was calm and precise until the whiteboard part, where the",
        "      system design question took the rest of the hour.",
      ].join("\n"),
    );
    expect((await cli(["digest"])).stdout).toContain(`      ${long}\n`);
  });

  it("on a terminal too narrow for a theme's line, puts its retros' ids under it", async () => {
    const { stdout } = await cli(["themes", "--no-color"], { tty: true });
    expect(stdout).toContain(
      [
        "    system design  3 retros (100%)  rising",
        "      2026-11-26-backend-ats-1-a001, 2026-11-25-data-ats-1-a003,",
        "      2026-11-24-backend-ats-1-a002",
      ].join("\n"),
    );
    // A theme with no retro in the period names none; in a pipe the ids stay on the line (above).
    expect(stdout).toContain("    take-home review  0 retros (0%)  fading\n");
  });

  it("takes --since, --by none and the filters; an empty period says so", async () => {
    const all = await cli(["digest", "--since", "30d", "--by", "none"]);
    expect(all.stdout).toContain("Digest: 6 retros, 2026-10-28 to 2026-11-27");
    expect(all.stdout).toContain("The take-home review was rushed.");
    const data = await cli(["digest", "--role", "data"]);
    expect(data.stdout).toContain("Digest: 1 retro,");
    const empty = await cli(["digest", "--since", "2026-11-27"]);
    expect(empty.stdout).toContain("No retro in this period.");
    expect(empty.stdout).toContain("Recurring themes\n  none");
    expect(empty.stdout).toContain("Promised actions (oldest first)\n  none");
    const wrong = await cli(["digest", "--by", "colour"]);
    expect(wrong.code).toBe(2);
  });

  it("after a quiet week, says on stderr which day the newest retro is of, and how to look back", async () => {
    const later = { now: new Date(2026, 11, 20, 12) };
    const hint =
      "No retro since 2026-12-13: the newest is of 2026-11-26. Look further back with --since, such as --since 2026-11-26.\n";
    for (const command of ["digest", "themes"]) {
      const quiet = await cli([command], later);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe(hint);
    }
    // Asked for that period, or given a week that holds retros: nothing more to say.
    expect((await cli(["digest", "--since", "2026-12-01"], later)).stderr).toBe("");
    expect((await cli(["themes"])).stderr).toBe("");
  });

  it("says a --since after today selects nothing, with the day given, not a made-up period before it", async () => {
    for (const command of ["digest", "themes", "report"]) {
      const ahead = await cli([command, "--since", "2027-01-01"]);
      expect(ahead.code, command).toBe(2);
      expect(ahead.stderr).toBe(
        "interview-retro: --since (2027-01-01) is after today (2026-11-27): nothing can match\n",
      );
      expect(ahead.stdout).toBe("");
    }
    // A period ahead, with both ends given, is a period like another.
    const planned = await cli(["digest", "--since", "2026-12-01", "--until", "2026-12-07"]);
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain("Digest: 0 retros, 2026-12-01 to 2026-12-07");
  });

  it("warns once about a bad entry, though the period and the one before are read apart", async () => {
    writeText(dir, "retros/2019", "not a year folder\n");
    for (const command of ["digest", "themes"]) {
      const { stderr } = await cli([command]);
      expect(stderr.match(/retros\/2019/g), command).toHaveLength(1);
    }
  });

  it("writes Markdown (the default with -o) and one HTML page, text escaped", async () => {
    expect((await cli(["digest", "-o", "digest.md"])).code).toBe(0);
    const markdown = readFileSync(join(dir, "digest.md"), "utf8");
    expect(markdown).toContain("### How could we spot signs of difficulty earlier?");
    expect(markdown).toContain("#### backend");
    expect(markdown).toContain(
      "- 2026-11-26 · 2026-11-26-backend-ats-1-a001 · Léa Martin\n\n  > The system design part came too late.\n  > Next time: start with the whiteboard.",
    );
    expect(markdown).toContain("| system design | 3 | 100% | rising |");
    expect((await cli(["digest", "--format", "html", "-o", "digest.html"])).code).toBe(0);
    const page = readFileSync(join(dir, "digest.html"), "utf8");
    expect(page).toContain(
      "<blockquote>The system design part came too late.\nNext time: start with the whiteboard.</blockquote>",
    );
    expect(page).not.toMatch(/<script|src=/i);
  });

  it("themes on its own, and as JSON with the ids and the trend", async () => {
    const { stdout } = await cli(["themes"]);
    expect(stdout).toContain("Recurring themes, 2026-11-20 to 2026-11-27");
    const json = JSON.parse((await cli(["themes", "--json"])).stdout);
    expect(json.since).toBe("2026-11-20");
    const question = json.questions.find(
      (q: { question: string }) => q.question === "spot_difficulty_earlier",
    );
    expect(question.answered).toBe(3);
    expect(question.themes[0]).toEqual({
      phrase: "system design",
      retros: 3,
      share: 1,
      ids: [
        "2026-11-26-backend-ats-1-a001",
        "2026-11-25-data-ats-1-a003",
        "2026-11-24-backend-ats-1-a002",
      ],
      trend: "rising",
    });
  });
});

describe("progress", () => {
  it("shows progress over thousands of files on a terminal, and never in a pipe", async () => {
    const retros = join(dir, "retros");
    for (let i = 0; i < 1001; i++) writeRetro(retros, { suffix: i.toString(36).padStart(4, "0") });
    const terminal = await cli(["stats", "--json"], { tty: true });
    expect(terminal.stderr).toContain("\rReading retros… 1000");
    expect(terminal.stderr).toContain("\r\x1b[K");
    const pipe = await cli(["stats", "--json"]);
    expect(pipe.stderr).toBe("");
  });
});
