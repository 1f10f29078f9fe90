import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { filesUnder, tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  process.env.TZ = "Europe/Paris";
});
afterEach(() => cleanup());

const ALL_ANSWERS = [
  "--answer",
  "spot_difficulty_earlier=At minute 5.",
  "--answer",
  "questions_appropriate=partly",
  "--answer",
  "questions_appropriate.notes=Too hard for the level.",
  "--answer",
  "candidate_strengths=no",
];

const retroFiles = filesUnder;

describe("new, interactive (scripted prompter)", () => {
  it("asks the context then the three questions, and writes their answers", async () => {
    const prompter = new ScriptedPrompter([
      "ats-48213", // candidate
      "backend", // role
      "", // stage: default
      "Alex Martin", // interviewer
      "", // date: default (today)
      "remote, pairing", // tags
      "The SQL warm-up showed it at minute 5.",
      "partly",
      "The LRU cache question was too hard.",
      "no",
      "", // notes skipped
    ]);
    const { world, stdout, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(0);

    expect(
      prompter.asked
        .filter((a) => a.kind !== "text" || /^\d\/3 /.test(a.message))
        .map((a) => a.message),
    ).toEqual([
      "1/3 How could we spot signs of difficulty earlier?",
      "2/3 Were the questions asked really appropriate?",
      "3/3 Did the candidate have enough opportunities to show their strengths?",
    ]);
    const [file] = retroFiles(join(dir, "retros"));
    expect(file).toMatch(/retros\/2026\/2026-11-27-backend-ats-48213-[0-9a-z]{4}\.yaml$/);
    expect(stdout()).toBe(`${file?.slice(dir.length + 1)}\n`);
    expect(stderr()).toContain("Retro saved");
    expect(stderr()).toContain(`git add ${file?.slice(dir.length + 1)}`);

    const retro = parse(readFileSync(file as string, "utf8"));
    expect(retro).toMatchObject({
      schema: 1,
      date: "2026-11-27",
      recorded_at: "2026-11-27T15:30:12+01:00",
      expires_on: "2027-05-26",
      template: { id: "default", version: 1 },
      interviewer: "Alex Martin",
      candidate: "ats-48213",
      role: "backend",
      stage: "technical",
      tags: ["remote", "pairing"],
    });
    expect(retro.id).toBe(file?.split("/").pop()?.replace(".yaml", ""));
    expect(retro.answers).toEqual({
      spot_difficulty_earlier: {
        question: "How could we spot signs of difficulty earlier?",
        answer: "The SQL warm-up showed it at minute 5.",
      },
      questions_appropriate: {
        question: "Were the questions asked really appropriate?",
        verdict: "partly",
        answer: "The LRU cache question was too hard.",
      },
      candidate_strengths: {
        question: "Did the candidate have enough opportunities to show their strengths?",
        verdict: "no",
      },
    });
  });

  it("skips the prompts whose values came as flags", async () => {
    const prompter = new ScriptedPrompter(["At minute 5.", "yes", "", "yes", ""]);
    const { world } = testWorld({ cwd: dir, tty: true, prompter });
    const code = await run(
      [
        "--candidate",
        "ats-1",
        "--role",
        "data",
        "--stage",
        "onsite",
        "--interviewer",
        "Sam",
        "--date",
        "2026-03-02",
        "--tag",
        "remote",
      ],
      world,
    );
    expect(code).toBe(0);
    expect(prompter.asked[0]?.message).toBe("1/3 How could we spot signs of difficulty earlier?");
    expect(retroFiles(join(dir, "retros"))[0]).toMatch(/2026\/2026-03-02-data-ats-1-/);
  });

  it("opens the editor on an empty line and keeps its multi-line text, without the editor's final newline", async () => {
    const prompter = new ScriptedPrompter(
      ["ats-1", "", "", "", "", "", "", "yes", ":e", "yes", ""],
      ["First line.\n\n  Indented: second paragraph.\n", "Notes from the editor.\n"],
    );
    const { world } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(0);
    const retro = parse(readFileSync(retroFiles(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe(
      "First line.\n\n  Indented: second paragraph.",
    );
    expect(retro.answers.questions_appropriate.answer).toBe("Notes from the editor.");
  });

  it("asks a required answer again, saying why, when it is left empty", async () => {
    const prompter = new ScriptedPrompter(
      ["ats-1", "", "", "", "", "", "", "Now typed.", "yes", "", "yes", ""],
      [""],
    );
    const { world } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(0);
    expect(prompter.notes.join("\n")).toContain("An answer is required");
    const retro = parse(readFileSync(retroFiles(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("Now typed.");
  });

  it("writes nothing and exits 130 when interrupted at the second question", async () => {
    const prompter = new ScriptedPrompter([
      "ats-1",
      "",
      "",
      "",
      "",
      "",
      "At minute 5.",
      { cancel: true },
    ]);
    const { world, stdout, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(130);
    expect(retroFiles(join(dir, "retros"))).toEqual([]);
    expect(stdout()).toBe("");
    expect(stderr()).toContain("Cancelled — nothing was written to the retros folder.");
    expect(stderr()).toContain("run `interview-retro resume` to continue");
  });

  it("says only that nothing was written when interrupted before any answer", async () => {
    const prompter = new ScriptedPrompter([{ cancel: true }]);
    const { world, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(130);
    expect(stderr()).toContain("Cancelled — nothing was written.");
    expect(stderr()).not.toContain("resume");
    expect(retroFiles(join(dir, ".state"))).toEqual([]);
    const french = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter([{ cancel: true }]),
      env: { LANG: "fr_FR.UTF-8" },
    });
    expect(await run([], french.world)).toBe(130);
    expect(french.stderr()).toContain("Annulé — rien n'a été écrit.");
  });
});

describe("new, without a terminal", () => {
  it("takes everything from flags", async () => {
    const { world, stdout } = testWorld({ cwd: dir });
    expect(
      await run(["new", "--candidate", "ats-9", "--role", "backend", ...ALL_ANSWERS], world),
    ).toBe(0);
    const [file] = retroFiles(join(dir, "retros"));
    expect(stdout().trim()).toBe(file?.slice(dir.length + 1));
    const retro = parse(readFileSync(file as string, "utf8"));
    expect(retro.answers.questions_appropriate).toEqual({
      question: "Were the questions asked really appropriate?",
      verdict: "partly",
      answer: "Too hard for the level.",
    });
    expect(retro.stage).toBe("technical");
  });

  it("says when an old interview written up late is past its retention date already", async () => {
    const late = async (date: string, lang: string) => {
      const { world, stderr } = testWorld({ cwd: dir });
      const args = ["new", "--candidate", "ats-9", "--date", date, "--lang", lang];
      expect(await run([...args, ...ALL_ANSWERS], world)).toBe(0);
      return stderr();
    };
    // Kept 180 days from its date: 2026-05-31 would have gone on 2026-11-27, today.
    expect(await late("2026-05-30", "en")).toContain(
      'Its retention date (2026-11-26) has passed already: the next "interview-retro prune" deletes it.',
    );
    expect(await late("2026-05-31", "en")).not.toContain("retention date");
    expect(await late("2020-01-01", "fr")).toContain(
      "Sa date de conservation (2020-06-29) est déjà passée",
    );
    const prune = testWorld({ cwd: dir });
    expect(await run(["prune", "--yes"], prune.world)).toBe(0);
    expect(prune.stderr()).toContain("Deleted 2 retros.");
  });

  it("is non-interactive with --no-input even on a terminal", async () => {
    const prompter = new ScriptedPrompter([]);
    const { world, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["--no-input", "--candidate", "ats-9"], world)).toBe(2);
    expect(prompter.asked).toEqual([]);
    expect(stderr()).toContain("pass --answer spot_difficulty_earlier=<text>");
  });

  it("names every missing answer and its flag, exits 2 and writes nothing", async () => {
    const { world, stderr, stdout } = testWorld({ cwd: dir });
    expect(await run(["new", "--answer", "questions_appropriate=yes"], world)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toContain("pass --candidate <ref>");
    expect(stderr()).toContain("pass --answer spot_difficulty_earlier=<text>");
    expect(stderr()).toContain("pass --answer candidate_strengths=<yes|partly|no>");
    expect(stderr()).not.toContain("questions_appropriate=<");
    expect(retroFiles(dir)).toEqual([]);
  });

  it.each([
    [["--answer", "nope=x"], 'unknown question "nope"'],
    [["--answer", "questions_appropriate=maybe"], "must be yes, partly, no"],
    [["--date", "2026-02-30"], "--date: date must be a day such as 2026-11-27, today, yesterday"],
    [["--date", "9999-12-31"], "--date: date is after today (2026-11-27)"],
    [["--date", "2026-11-28"], "--date: date is after today"],
    [["--date", "0000-01-01"], "--date: date is before 1970-01-01"],
    [["--tag", "two words"], "--tag: a tag is one word, without spaces or commas"],
    [["--candidate", "a\nb"], "--candidate: candidate must be one line"],
    [["--tag", "x".repeat(41)], "--tag: tag is longer than 40 characters"],
    [["--template", "nope"], 'unknown template "nope"'],
  ])("refuses %j with exit 2 and writes nothing", async (extra, message) => {
    const { world, stderr } = testWorld({ cwd: dir });
    expect(await run(["new", "--candidate", "ats-1", ...ALL_ANSWERS, ...extra], world)).toBe(2);
    expect(stderr()).toContain(message);
    expect(retroFiles(dir)).toEqual([]);
  });

  it.each([
    ["yesterday", "2026-11-26"],
    ["hier", "2026-11-26"],
    ["monday", "2026-11-23"],
    ["-3d", "2026-11-24"],
    ["last friday", "2026-11-20"],
    ["il y a 3 jours", "2026-11-24"],
    ["3 Nov", "2026-11-03"],
  ])("--date %s writes the ISO day %s", async (said, day) => {
    const { world, stdout } = testWorld({ cwd: dir });
    expect(
      await run(["--candidate", "ats-1", "--date", said, "--dry-run", ...ALL_ANSWERS], world),
    ).toBe(0);
    const retro = parse(stdout());
    expect(retro.date).toBe(day);
    expect(retro.id.startsWith(day)).toBe(true);
  });

  it("reads answers from a YAML file, keeping every value a string", async () => {
    writeFileSync(
      join(dir, "answers.yaml"),
      "spot_difficulty_earlier: no\nquestions_appropriate:\n  verdict: no\n  notes: 0123\ncandidate_strengths: yes\n",
    );
    const { world } = testWorld({ cwd: dir });
    expect(await run(["new", "--candidate", "ats-1", "--from", "answers.yaml"], world)).toBe(0);
    const text = readFileSync(retroFiles(join(dir, "retros"))[0] as string, "utf8");
    const retro = parse(text, { version: "1.1" });
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("no");
    expect(retro.answers.questions_appropriate).toMatchObject({ verdict: "no", answer: "0123" });
  });

  it("reads answers as JSON from stdin with --from -, and --answer overrides them", async () => {
    const stdinText = JSON.stringify({
      spot_difficulty_earlier: "from json",
      questions_appropriate: "yes",
      candidate_strengths: "no",
    });
    const { world } = testWorld({ cwd: dir, stdinText });
    expect(
      await run(
        ["--candidate", "ats-1", "--from", "-", "--answer", "candidate_strengths=partly"],
        world,
      ),
    ).toBe(0);
    const retro = parse(readFileSync(retroFiles(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("from json");
    expect(retro.answers.candidate_strengths.verdict).toBe("partly");
  });

  it("reports a malformed --from file with its position", async () => {
    writeFileSync(join(dir, "bad.yaml"), "spot_difficulty_earlier: [oops\n");
    const { world, stderr } = testWorld({ cwd: dir });
    expect(await run(["--candidate", "ats-1", "--from", "bad.yaml"], world)).toBe(2);
    expect(stderr()).toMatch(/bad\.yaml:\d+:\d+: /);
  });

  it.each([
    [
      "an alias to no anchor",
      "spot_difficulty_earlier: *nope\n",
      /bad\.yaml:1:26: Unresolved alias/,
    ],
    [
      "an alias bomb",
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [${"*a, ".repeat(9)}*a]\nc: [${"*b, ".repeat(19)}*b]\n`,
      /bad\.yaml:2:\d+: Excessive alias count/,
    ],
  ])("reports %s in a --from file at its position, exit 2", async (_, text, message) => {
    writeFileSync(join(dir, "bad.yaml"), text);
    const { world, stderr } = testWorld({ cwd: dir });
    expect(await run(["--candidate", "ats-1", "--from", "bad.yaml"], world)).toBe(2);
    expect(stderr()).toMatch(message);
    expect(stderr()).not.toContain("unexpected error");
    expect(retroFiles(join(dir, "retros"))).toEqual([]);
  });

  it("prints the YAML with --dry-run and writes nothing", async () => {
    const { world, stdout } = testWorld({ cwd: dir });
    expect(await run(["--candidate", "ats-1", "--dry-run", ...ALL_ANSWERS], world)).toBe(0);
    expect(parse(stdout()).answers.spot_difficulty_earlier.answer).toBe("At minute 5.");
    expect(retroFiles(dir)).toEqual([]);
  });

  it("prints the written record as JSON with --json", async () => {
    const { world, stdout } = testWorld({ cwd: dir });
    expect(await run(["--candidate", "ats-1", "--json", ...ALL_ANSWERS], world)).toBe(0);
    const record = JSON.parse(stdout());
    expect(record.path).toBe(retroFiles(join(dir, "retros"))[0]?.slice(dir.length + 1));
    expect(record.answers.candidate_strengths.verdict).toBe("no");
  });
});

describe("the language new asks in", () => {
  const dryRun = async (args: string[], env: NodeJS.ProcessEnv = {}, answers = ALL_ANSWERS) => {
    const { world, stdout, stderr } = testWorld({ cwd: dir, env });
    const code = await run(["--candidate", "ats-1", "--dry-run", ...answers, ...args], world);
    return { code, retro: code === 0 ? parse(stdout()) : undefined, stderr: stderr() };
  };
  const q1 = (retro: { answers: Record<string, { question: string }> } | undefined) =>
    retro?.answers.spot_difficulty_earlier?.question;

  it("is --lang, then the config's lang, then LC_ALL, LC_MESSAGES or LANG, then English", async () => {
    const french = "Comment aurions-nous pu repérer plus tôt les signes de difficulté ?";
    const english = "How could we spot signs of difficulty earlier?";
    expect(q1((await dryRun([])).retro)).toBe(english);
    expect(q1((await dryRun([], { LANG: "fr_FR.UTF-8" })).retro)).toBe(french);
    expect(q1((await dryRun([], { LANG: "fr_FR.UTF-8", LC_ALL: "C" })).retro)).toBe(english);
    expect(q1((await dryRun([], { LANG: "C", LC_MESSAGES: "fr_CA" })).retro)).toBe(french);
    writeFileSync(join(dir, ".interview-retro.yaml"), "lang: en\n");
    expect(q1((await dryRun([], { LANG: "fr_FR.UTF-8" })).retro)).toBe(english);
    expect(q1((await dryRun(["--lang", "fr"], { LANG: "C" })).retro)).toBe(french);
  });

  it("records the language of a French retro, and none for English (the default)", async () => {
    expect((await dryRun(["--lang", "fr"])).retro.lang).toBe("fr");
    expect((await dryRun(["--lang", "en"])).retro).not.toHaveProperty("lang");
  });

  it("refuses a language it does not have, and says a flag's problem in French", async () => {
    const unknown = await dryRun(["--lang", "de"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("lang must be one of en, fr");
    const future = await dryRun(["--lang", "fr", "--date", "demain"]);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain("--date: la date doit être un jour comme 2026-11-27");
  });

  it("falls back to a team's English template over a shipped French one, and takes the team's French one", async () => {
    const team = join(dir, "team-templates");
    mkdirSync(join(team, "fr"), { recursive: true });
    const template = (text: string) =>
      `id: default\nversion: 2\nquestions:\n  - { id: spot_difficulty_earlier, text: "${text}", kind: text, required: true }\n`;
    writeFileSync(join(team, "default.yaml"), template("Team question?"));
    const env = { INTERVIEW_RETRO_TEMPLATES_DIR: team };
    const answer = ["--answer", "spot_difficulty_earlier=x"];
    expect(q1((await dryRun(["--lang", "fr"], env, answer)).retro)).toBe("Team question?");
    writeFileSync(join(team, "fr", "default.yaml"), template("Question de l'équipe ?"));
    expect(q1((await dryRun(["--lang", "fr"], env, answer)).retro)).toBe("Question de l'équipe ?");
  });
});

describe("where new writes", () => {
  const write = async (cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) => {
    const { world, stdout } = testWorld({ cwd, env });
    expect(await run(["--candidate", "ats-1", ...ALL_ANSWERS, ...args], world)).toBe(0);
    return stdout().trim();
  };

  it("uses --dir, then INTERVIEW_RETRO_DIR, then the nearest .interview-retro.yaml, then ./retros", async () => {
    const nested = join(dir, "team", "sub", "deeper");
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(dir, "team", ".interview-retro.yaml"), "dir: shared/retros\n");
    expect(await write(nested, ["--dir", "mine"])).toMatch(/^mine\/2026\//);
    expect(await write(nested, [], { INTERVIEW_RETRO_DIR: join(dir, "env") })).toMatch(
      new RegExp(`^${dir}/env/2026/`),
    );
    expect(await write(nested)).toMatch(new RegExp(`^${dir}/team/shared/retros/2026/`));
    expect(await write(dir)).toMatch(/^retros\/2026\//);
  });

  it("picks a new suffix instead of overwriting an existing file", async () => {
    const first = testWorld({ cwd: dir, randomInts: [1, 2, 3, 4] });
    expect(await run(["--candidate", "ats-1", ...ALL_ANSWERS], first.world)).toBe(0);
    const original = readFileSync(join(dir, first.stdout().trim()), "utf8");
    const second = testWorld({ cwd: dir, randomInts: [1, 2, 3, 4, 5, 6, 7, 8] });
    expect(
      await run(
        ["--candidate", "ats-1", ...ALL_ANSWERS, "--answer", "candidate_strengths=yes"],
        second.world,
      ),
    ).toBe(0);
    expect(second.stdout().trim()).not.toBe(first.stdout().trim());
    expect(readFileSync(join(dir, first.stdout().trim()), "utf8")).toBe(original);
    expect(retroFiles(join(dir, "retros"))).toHaveLength(2);
  });

  it("fails with exit 1 naming the path when a part of it is a file", async () => {
    writeFileSync(join(dir, "blocker"), "");
    const { world, stderr } = testWorld({ cwd: dir });
    expect(await run(["--candidate", "ats-1", "--dir", "blocker", ...ALL_ANSWERS], world)).toBe(1);
    expect(stderr()).toContain(`${dir}/blocker/2026`);
    expect(stderr()).toContain("not a folder");
  });
});
