import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { binaryEnv, runBinary } from "../helpers/binary.js";
import { KEY, PtySession, SGR } from "../helpers/pty.js";
import { filesUnder, tempDir } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const Q1 = "1/3 How could we spot signs of difficulty earlier?";
const Q2 = "2/3 Were the questions asked really appropriate?";
const Q3 = "3/3 Did the candidate have enough opportunities to show their strengths?";

const files = filesUnder;

/** Questions 2 and 3: Enter on the first verdict, Enter to skip the notes. */
async function answerVerdictsWithDefaults(session: PtySession) {
  for (const question of [Q2, Q3]) {
    await session.waitFor(question);
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.type(KEY.enter);
  }
}

/** Runs new with `editor` as $EDITOR, Enter through the context, then Enter at question 1: the editor opens. */
async function openEditorAtQuestion1(editor: string): Promise<PtySession> {
  chmodSync(editor, 0o755);
  const session = new PtySession(["--candidate", "ats-7"], {
    cwd: dir,
    env: binaryEnv(dir, { EDITOR: editor }),
  });
  for (const prompt of ["Role", "Interview stage", "Interviewer", "Interview date", "Tags"]) {
    await session.waitFor(`? ${prompt}`);
    session.type(KEY.enter);
  }
  await session.waitFor(Q1);
  session.type(KEY.enter);
  return session;
}

/** Answers the context prompts: a candidate reference, then Enter through the defaults. */
async function answerContext(session: PtySession, candidate: string) {
  await session.waitFor("Candidate reference");
  session.line(candidate);
  for (const prompt of ["Role", "Interview stage", "Interviewer", "Interview date", "Tags"]) {
    await session.waitFor(`? ${prompt}`);
    session.type(KEY.enter);
  }
}

describe("new in a real terminal", () => {
  it("asks the three questions as typed and writes the file with the answers", async () => {
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir) });
    await answerContext(session, "ats-48213");
    await session.waitFor(Q1);
    session.line("The SQL warm-up showed it at minute 5: ask sooner.");
    await session.waitFor(Q2);
    session.type(KEY.down);
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.line("The LRU cache question was too hard.");
    await session.waitFor(Q3);
    session.type(KEY.down);
    session.type(KEY.down);
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.type(KEY.enter);
    const { exitCode } = await session.exited();
    expect(exitCode).toBe(0);
    expect(session.text).toContain("Retro saved");

    const [file] = files(join(dir, "retros"));
    expect(file).toBeDefined();
    const retro = parse(readFileSync(file as string, "utf8"));
    expect(retro.candidate).toBe("ats-48213");
    expect(retro.answers.spot_difficulty_earlier.answer).toBe(
      "The SQL warm-up showed it at minute 5: ask sooner.",
    );
    expect(retro.answers.questions_appropriate).toMatchObject({
      verdict: "partly",
      answer: "The LRU cache question was too hard.",
    });
    expect(retro.answers.candidate_strengths).toEqual({
      question: "Did the candidate have enough opportunities to show their strengths?",
      verdict: "no",
    });
  });

  it("wraps each hint between words in a narrow terminal, as a person reads it", async () => {
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir), cols: 60 });
    await session.waitFor("name or an email.");
    // The terminal alone would cut at the 60th column: "never a" / " name"; wrapped, the second line is indented as the first.
    expect(session.text).toMatch(
      /An opaque reference such as an ATS id \(ats-48213\): never a\r?\n {2}name or an email\./,
    );
    session.line("ats-7");
    for (const prompt of ["Role", "Interview stage", "Interviewer", "Interview date", "Tags"]) {
      await session.waitFor(`? ${prompt}`);
      session.type(KEY.enter);
    }
    await session.waitFor("open your editor.");
    expect(session.text).toMatch(/press Enter on\r?\n {2}an empty line to open your editor\./);
    session.line("It showed late.");
    await session.waitFor("appropriate?");
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.type(KEY.enter);
    // A question too: "? 3/3 … show their" would pass 60 columns; the rest goes under its text.
    await session.waitFor("strengths?");
    expect(session.text).toMatch(/opportunities to show\r?\n {2}their strengths\?/);
    session.type(KEY.ctrlC);
    expect((await session.exited()).exitCode).toBe(130);
  });

  it("keeps a note pasted with its line breaks whole, and leaves the terminal's paste mode as it found it", async () => {
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir) });
    await answerContext(session, "ats-48213");
    await session.waitFor(Q1);
    // As a terminal sends a paste once the program has asked for the marks.
    expect(session.output).toContain("\u001b[?2004h");
    session.type("\u001b[200~Silent at minute 5.\r\rNext time: their project first.\u001b[201~");
    await session.waitFor("Silent at minute 5. ↵  ↵ Next time: their project first.");
    session.type(KEY.enter);
    await answerVerdictsWithDefaults(session);
    expect((await session.exited()).exitCode).toBe(0);
    const retro = parse(readFileSync(files(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe(
      "Silent at minute 5.\n\nNext time: their project first.",
    );
    expect(session.output.lastIndexOf("\u001b[?2004l")).toBeGreaterThan(
      session.output.lastIndexOf("\u001b[?2004h"),
    );
  });

  it("Ctrl-C at an answer leaves the terminal's paste mode off", async () => {
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir) });
    await answerContext(session, "ats-48213");
    await session.waitFor(Q1);
    session.type("Half an answer");
    session.type(KEY.ctrlC);
    expect((await session.exited()).exitCode).toBe(130);
    expect(session.output.lastIndexOf("\u001b[?2004l")).toBeGreaterThan(
      session.output.lastIndexOf("\u001b[?2004h"),
    );
  });

  it("opens $EDITOR for a longer answer on an empty line", async () => {
    const editor = join(dir, "editor.sh");
    writeFileSync(
      editor,
      "#!/bin/sh\nprintf 'First paragraph.\\n\\nSecond: after a blank line.\\n' > \"$1\"\n",
    );
    const session = await openEditorAtQuestion1(editor);
    await answerVerdictsWithDefaults(session);
    expect((await session.exited()).exitCode).toBe(0);
    const retro = parse(readFileSync(files(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe(
      "First paragraph.\n\nSecond: after a blank line.",
    );
  });

  it("opens the editor with the question and its hint as comment lines, removed on save; shows the answer", async () => {
    const seen = join(dir, "seen.txt");
    const editor = join(dir, "editor.sh");
    writeFileSync(
      editor,
      `#!/bin/sh\ncp "$1" "${seen}"\n{ printf 'Slow start.\\n# not a comment of the tool\\n'; cat "${seen}"; } > "$1"\n`,
    );
    const session = await openEditorAtQuestion1(editor);
    await session.waitFor("✔ 1/3 How could we spot signs of difficulty earlier? Slow start.");
    await answerVerdictsWithDefaults(session);
    expect((await session.exited()).exitCode).toBe(0);
    expect(readFileSync(seen, "utf8")).toMatch(
      /^\n\n# 1\/3 How could we spot signs of difficulty earlier\?\n# .+\n# Write the answer above/,
    );
    const retro = parse(readFileSync(files(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe(
      "Slow start.\n# not a comment of the tool",
    );
  });

  it("takes the interview date as a person says it (hier), shows the day it understood, writes it ISO", async () => {
    const session = new PtySession(["--candidate", "ats-7"], { cwd: dir, env: binaryEnv(dir) });
    for (const prompt of ["Role", "Interview stage", "Interviewer"]) {
      await session.waitFor(`? ${prompt}`);
      session.type(KEY.enter);
    }
    await session.waitFor("? Interview date");
    session.line("hier");
    const yesterday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(
      new Date(Date.now() - 86_400_000),
    );
    await session.waitFor(yesterday);
    await session.waitFor("? Tags");
    session.type(KEY.enter);
    await session.waitFor(Q1);
    session.line("Slow start.");
    await answerVerdictsWithDefaults(session);
    expect((await session.exited()).exitCode).toBe(0);
    const retro = parse(readFileSync(files(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.date).toBe(yesterday);
  });

  it("asks a whole retro in French with LANG=fr_FR.UTF-8, and stats counts it with the English ones", async () => {
    const env = binaryEnv(dir, { LANG: "fr_FR.UTF-8" });
    const session = new PtySession([], { cwd: dir, env });
    await session.waitFor("? Référence de la personne candidate");
    session.line("ats-9");
    for (const prompt of ["Poste", "Étape de l'entretien", "Intervieweur ou intervieweuse"]) {
      await session.waitFor(`? ${prompt}`);
      session.type(KEY.enter);
    }
    await session.waitFor("? Date de l'entretien");
    session.line("hier");
    // The day it understood, with its weekday in French.
    const yesterday = new Date(Date.now() - 86_400_000);
    const weekday = new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "Europe/Paris" });
    await session.waitFor(`(${weekday.format(yesterday)})`);
    await session.waitFor("? Tags");
    session.type(KEY.enter);
    await session.waitFor(
      "1/3 Comment aurions-nous pu repérer plus tôt les signes de difficulté ?",
    );
    // A required answer left empty is asked again, saying why, in French.
    await session.waitFor("Une ligne, puis Entrée.");
    session.line("Dès la première question sur les index.");
    await session.waitFor("2/3 Les questions posées étaient-elles vraiment adaptées ?");
    await session.waitFor("naviguer");
    session.type(KEY.down); // en partie
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.type(KEY.enter);
    await session.waitFor("3/3 La personne candidate a-t-elle eu assez d'occasions");
    session.type(KEY.enter); // oui
    await session.waitFor("? Notes");
    session.type(KEY.enter);
    expect((await session.exited()).exitCode).toBe(0);
    expect(session.text).toContain("en partie");
    expect(session.text).toContain("Retro enregistré :");
    const [path] = files(join(dir, "retros"));
    const retro = parse(readFileSync(path as string, "utf8"));
    expect(retro.lang).toBe("fr");
    expect(retro.answers.questions_appropriate).toEqual({
      question: "Les questions posées étaient-elles vraiment adaptées ?",
      verdict: "partly",
    });
    // The same questions in English, by flags; stats counts both under each question id.
    const english = runBinary(
      [
        "new",
        "--no-input",
        "--candidate",
        "ats-10",
        "--answer",
        "spot_difficulty_earlier=Late.",
        "--answer",
        "questions_appropriate=partly",
        "--answer",
        "candidate_strengths=no",
      ],
      { cwd: dir, env: binaryEnv(dir) },
    );
    expect(english.code).toBe(0);
    const stats = JSON.parse(runBinary(["stats", "--json"], { cwd: dir, env }).stdout);
    const verdicts = Object.fromEntries(
      stats.verdicts.map((q: { question: string; overall: unknown }) => [q.question, q.overall]),
    );
    expect(verdicts.questions_appropriate).toEqual({ yes: 0, partly: 2, no: 0 });
    expect(verdicts.candidate_strengths).toEqual({ yes: 1, partly: 0, no: 1 });
  });

  it("Ctrl-C at the second question leaves the retros folder empty and exits 130", async () => {
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir) });
    await answerContext(session, "ats-1");
    await session.waitFor(Q1);
    session.line("Typed before the interrupt.");
    await session.waitFor(Q2);
    session.type(KEY.ctrlC);
    const { exitCode } = await session.exited();
    expect(exitCode).toBe(130);
    expect(session.text).toContain("Cancelled — nothing was written to the retros folder.");
    expect(files(join(dir, "retros"))).toEqual([]);
  });

  it("prints no colour escape sequences with NO_COLOR=1", async () => {
    const session = new PtySession(
      ["--candidate", "ats-3", "--role", "backend", "--stage", "onsite", "--tag", "x"],
      {
        cwd: dir,
        env: binaryEnv(dir, { NO_COLOR: "1", TERM: "xterm-256color" }),
      },
    );
    for (const prompt of ["Interviewer", "Interview date"]) {
      await session.waitFor(`? ${prompt}`);
      session.type(KEY.enter);
    }
    await session.waitFor(Q1);
    session.line("One line.");
    await answerVerdictsWithDefaults(session);
    expect((await session.exited()).exitCode).toBe(0);
    expect(session.text).toContain("Retro saved");
    // SGR sequences (colour, bold, dim) end in "m"; cursor movement is allowed.
    expect(session.output).not.toMatch(SGR);
  });

  it("uses colour on a terminal when nothing turns it off", async () => {
    const session = new PtySession(
      [
        "--candidate",
        "ats-3",
        "--no-input",
        "--answer",
        "spot_difficulty_earlier=x",
        "--answer",
        "questions_appropriate=yes",
        "--answer",
        "candidate_strengths=yes",
      ],
      {
        cwd: dir,
        env: binaryEnv(dir, { TERM: "xterm-256color" }),
      },
    );
    expect((await session.exited()).exitCode).toBe(0);
    expect(session.output).toMatch(SGR);
  });
});

describe("every kind of question in a real terminal", () => {
  it("answers a scale with the arrow keys and a checklist with the space bar", async () => {
    const session = new PtySession(
      [
        "--template",
        "exchange",
        "--candidate",
        "ats-9",
        "--role",
        "backend",
        "--stage",
        "onsite",
        "--tag",
        "x",
        "--interviewer",
        "Sam",
        "--date",
        "2026-11-27",
      ],
      { cwd: dir, env: binaryEnv(dir) },
    );
    for (let question = 1; question <= 5; question++) {
      await session.waitFor(`${question}/6 `);
      if (question === 4) {
        session.type(KEY.down);
        session.type(KEY.down);
      }
      session.type(KEY.enter);
      await session.waitFor("? Notes");
      session.type(KEY.enter);
    }
    await session.waitFor("6/6 Which concrete elements did we use?");
    session.type(" ");
    session.type(KEY.down);
    session.type(KEY.down);
    session.type(" ");
    session.type(KEY.enter);
    await session.waitFor("? Notes");
    session.type(KEY.enter);
    expect((await session.exited()).exitCode).toBe(0);
    const retro = parse(readFileSync(files(join(dir, "retros"))[0] as string, "utf8"));
    expect(retro.answers.depth_over_breadth.score).toBe(3);
    expect(retro.answers.concrete_elements.checked).toEqual(["code_review", "role_play"]);
  });

  it("shows a team's hint, roles and questions with their escape sequences escaped, never played", async () => {
    writeFileSync(
      join(dir, ".interview-retro.yaml"),
      'candidate_hint: "Ref \\e]0;pwned\\a"\nroles: ["back\\e[31mend", data]\ntemplates_dir: t\ntemplate: evil\n',
    );
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(dir, "t"));
    writeFileSync(
      join(dir, "t", "evil.yaml"),
      'id: evil\nversion: 1\nquestions:\n  - {id: q, text: "Red\\e[41m?", kind: text, hint: "a\\u202eb"}\n',
    );
    const session = new PtySession([], { cwd: dir, env: binaryEnv(dir) });
    await session.waitFor("Candidate reference");
    session.line("ats-1");
    await session.waitFor("? Role");
    session.type(KEY.enter);
    for (const prompt of ["Interview stage", "Interviewer", "Interview date", "Tags"]) {
      await session.waitFor(`? ${prompt}`);
      session.type(KEY.enter);
    }
    await session.waitFor("1/1 Red");
    session.type(KEY.ctrlC);
    await session.exited();
    for (const raw of ["\x1b]0;pwned", "back\x1b[31mend", "Red\x1b[41m", "\u202e"]) {
      expect(session.output).not.toContain(raw);
    }
    expect(session.text).toContain("Ref \\e]0;pwned\\x07");
    expect(session.text).toContain("back\\e[31mend");
    expect(session.text).toContain("Red\\e[41m?");
  });
});
