import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/main.js";
import { contextReplies, ScriptedPrompter } from "../helpers/scripted-prompter.js";
import { filesUnder, tempDir, testWorld } from "../helpers/world.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  process.env.TZ = "Europe/Paris";
});
afterEach(() => cleanup());

const draftsDir = () => join(dir, ".state", "interview-retro", "drafts");
const drafts = () => (existsSync(draftsDir()) ? readdirSync(draftsDir()) : []);
const retroFiles = () => filesUnder(join(dir, "retros"));

/** Answers the context and question 1, then presses Ctrl-C at question 2. */
async function interruptAtQuestion2(candidate = "ats-1", minute = 0) {
  const prompter = new ScriptedPrompter([
    candidate,
    "backend",
    "",
    "",
    "",
    "",
    "Typed before Ctrl-C.",
    { cancel: true },
  ]);
  const { world, stderr } = testWorld({
    cwd: dir,
    tty: true,
    prompter,
    now: new Date(2026, 10, 27, 15, minute),
  });
  expect(await run([], world)).toBe(130);
  return stderr();
}

/** The context, then every question: a text answer, a verdict without notes, and another. */
const WHOLE_RETRO = [...contextReplies(), "Answer one.", "partly", "", "no"];

describe("nothing typed is lost", () => {
  it("a verdict is in the draft as soon as it is picked, before its notes are asked", async () => {
    const prompter = new ScriptedPrompter([
      ...contextReplies(),
      "Answer one.",
      "partly",
      { cancel: true },
    ]);
    const { world } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(130);
    const [name] = drafts();
    const draft = JSON.parse(readFileSync(join(draftsDir(), name as string), "utf8"));
    expect(draft.answers.questions_appropriate).toEqual({ verdict: "partly" });
  });

  it("a drafts folder that cannot be written is said once, and the retro is still written", async () => {
    writeFileSync(join(dir, "not-a-folder"), "");
    const prompter = new ScriptedPrompter([...WHOLE_RETRO, ""]);
    const { world, stderr } = testWorld({
      cwd: dir,
      tty: true,
      prompter,
      env: { XDG_STATE_HOME: join(dir, "not-a-folder") },
    });
    expect(await run([], world)).toBe(0);
    expect(stderr().match(/cannot keep a draft/g)).toHaveLength(1);
    expect(retroFiles()).toHaveLength(1);
  });

  it("an interactive --dry-run writes nothing anywhere, finished or interrupted", async () => {
    for (const end of ["", { cancel: true as const }]) {
      const prompter = new ScriptedPrompter([...WHOLE_RETRO, end]);
      const { world, stdout } = testWorld({ cwd: dir, tty: true, prompter });
      expect(await run(["new", "--dry-run"], world)).toBe(end === "" ? 0 : 130);
      if (end === "") expect(parse(stdout()).answers.candidate_strengths.verdict).toBe("no");
      expect(drafts()).toEqual([]);
      expect(retroFiles()).toEqual([]);
    }
  });
});

describe("drafts", () => {
  it("keep every answer given before Ctrl-C, readable by the user alone", async () => {
    await interruptAtQuestion2();
    expect(retroFiles()).toEqual([]);
    const [name] = drafts();
    expect(name).toMatch(/^20261127-150000-[0-9a-z]{4}\.json$/);
    const path = join(draftsDir(), name as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(draftsDir()).mode & 0o777).toBe(0o700);
    const draft = JSON.parse(readFileSync(path, "utf8"));
    expect(draft.context).toMatchObject({
      candidate: "ats-1",
      role: "backend",
      stage: "technical",
    });
    expect(draft.answers).toEqual({ spot_difficulty_earlier: { text: "Typed before Ctrl-C." } });
  });

  it("a broken draft is reported by its path and the reason, never by its text", async () => {
    await interruptAtQuestion2("ats-7");
    const [name] = drafts();
    const path = join(draftsDir(), name as string);
    // An answer's quotes lost: JSON.parse's own message quotes the text where it stops.
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace('"Typed before Ctrl-C."', "Typed before Ctrl-C."),
    );
    const { world, stderr } = testWorld({ cwd: dir });
    expect(await run(["resume"], world)).toBe(1);
    expect(stderr()).toContain(`${name}: unreadable draft, left alone (not valid JSON)`);
    expect(stderr()).not.toContain("Typed");
  });

  it("are removed once the retro is written", async () => {
    const prompter = new ScriptedPrompter(["ats-1", "", "", "", "", "", "x", "yes", "", "no", ""]);
    const { world } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run([], world)).toBe(0);
    expect(drafts()).toEqual([]);
    expect(retroFiles()).toHaveLength(1);
  });

  it("are mentioned by new in one line, with their candidate and age (wrapped in a narrow terminal)", async () => {
    await interruptAtQuestion2();
    const prompter = new ScriptedPrompter([{ cancel: true }]);
    const { world, stderr } = testWorld({
      cwd: dir,
      tty: true,
      prompter,
      now: new Date(2026, 10, 27, 17, 0),
    });
    await run([], world);
    expect(stderr()).toContain(
      "1 unfinished retro is waiting (ats-1, 2 hours old): run `interview-retro resume` to continue.",
    );
    const french = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter([{ cancel: true }]),
      now: new Date(2026, 10, 27, 17, 0),
      env: { LANG: "fr_FR.UTF-8" },
    });
    await run([], french.world);
    expect(french.stderr()).toContain(
      "1 retro inachevé attend (ats-1, il y a 2 heures) : lancez `interview-retro resume` pour continuer.",
    );
    // In a narrow terminal, wrapped between words, as the prompts under it are.
    const narrow = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter([{ cancel: true }]),
      now: new Date(2026, 10, 27, 17, 0),
    });
    narrow.world.stderr.columns = 60;
    await run([], narrow.world);
    expect(narrow.stderr()).toContain(
      "1 unfinished retro is waiting (ats-1, 2 hours old): run\n`interview-retro resume` to continue.\n",
    );
  });

  it("without a terminal, resume lists even a single draft; at a terminal --discard asks about the only one", async () => {
    await interruptAtQuestion2();
    const plain = testWorld({ cwd: dir });
    expect(await run(["resume"], plain.world)).toBe(2);
    expect(plain.stderr()).toContain("ats-1  1/3 answered");
    const asked = new ScriptedPrompter(["y"]);
    const tty = testWorld({ cwd: dir, tty: true, prompter: asked });
    expect(await run(["resume", "--discard"], tty.world)).toBe(0);
    expect(asked.asked[0]?.message).toContain("Delete the draft");
    expect(asked.asked[0]?.message).toContain("ats-1");
    expect(drafts()).toEqual([]);
  });

  it("keep the answers when the retro cannot be written, and say so (exit 1)", async () => {
    writeFileSync(join(dir, "blocker"), "");
    const prompter = new ScriptedPrompter(["ats-1", "", "", "", "", "", "x", "yes", "", "no", ""]);
    const { world, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["--dir", "blocker"], world)).toBe(1);
    expect(stderr()).toContain("cannot write the retro to");
    expect(stderr()).toContain(
      "Your answers are kept in a draft: fix this, then run `interview-retro resume` to continue.",
    );
    expect(drafts()).toHaveLength(1);
  });
});

describe("resume", () => {
  it("continues from the first unanswered question and writes the retro with every answer", async () => {
    await interruptAtQuestion2();
    const prompter = new ScriptedPrompter(["", "partly", "Too hard.", "no", ""]);
    const { world, stdout, stderr } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["resume"], world)).toBe(0);
    expect(prompter.asked.map((a) => a.message)).toEqual([
      "Keep these answers and go on? (No: go through every question again, your answers offered as defaults)",
      "2/3 Were the questions asked really appropriate?",
      "Notes",
      "3/3 Did the candidate have enough opportunities to show their strengths?",
      "Notes",
    ]);
    expect(stderr()).toContain("1 of 3 questions answered");
    expect(stderr()).toContain(
      "✔ 1/3 How could we spot signs of difficulty earlier? Typed before Ctrl-C.",
    );
    const retro = parse(readFileSync(join(dir, stdout().trim()), "utf8"));
    expect(retro.candidate).toBe("ats-1");
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("Typed before Ctrl-C.");
    expect(retro.answers.questions_appropriate).toMatchObject({
      verdict: "partly",
      answer: "Too hard.",
    });
    expect(drafts()).toEqual([]);
  });

  it("goes through every answer again when asked, the earlier ones offered as defaults", async () => {
    await interruptAtQuestion2();
    const prompter = new ScriptedPrompter(["n", "", "partly", "", "no", ""]);
    const { world, stdout } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["resume"], world)).toBe(0);
    expect(prompter.asked[1]?.message).toBe("1/3 How could we spot signs of difficulty earlier?");
    const retro = parse(readFileSync(join(dir, stdout().trim()), "utf8"));
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("Typed before Ctrl-C.");
    expect(retro.answers.questions_appropriate.verdict).toBe("partly");
  });

  it("writes to the folder the draft was started for", async () => {
    const prompter = new ScriptedPrompter(["ats-1", "", "", "", "", "", "x", { cancel: true }]);
    const first = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["--dir", "team/retros"], first.world)).toBe(130);
    const { world, stdout } = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter(["", "yes", "", "yes", ""]),
    });
    expect(await run(["resume"], world)).toBe(0);
    expect(stdout()).toMatch(/^team\/retros\/2026\//);
  });

  it("asks which draft when there are several, newest first, and names them without a terminal", async () => {
    await interruptAtQuestion2("ats-old", 0);
    await interruptAtQuestion2("ats-new", 5);
    const plain = testWorld({ cwd: dir });
    expect(await run(["resume"], plain.world)).toBe(2);
    const listed = plain.stderr();
    expect(listed).toContain("it needs a terminal (and no --no-input). The drafts:");
    expect(listed.indexOf("ats-new")).toBeLessThan(listed.indexOf("ats-old"));
    expect(listed).toContain("1/3 answered");

    const [older] = drafts().sort();
    const prompter = new ScriptedPrompter([
      older?.replace(".json", "") as string,
      "",
      "yes",
      "",
      "yes",
      "",
    ]);
    const { world, stdout } = testWorld({ cwd: dir, tty: true, prompter });
    expect(await run(["resume"], world)).toBe(0);
    expect(prompter.asked[0]?.message).toBe("Which retro do you want to finish?");
    expect(stdout()).toContain("ats-old");
    expect(drafts()).toHaveLength(1);
  });

  it("takes a draft by the start of its id", async () => {
    await interruptAtQuestion2();
    const [name] = drafts();
    const none = testWorld({ cwd: dir, tty: true });
    expect(await run(["resume", "nope"], none.world)).toBe(2);
    expect(none.stderr()).toContain('no draft matches "nope"; the drafts are:');
    const { world } = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter(["", "yes", "", "yes", ""]),
    });
    expect(await run(["resume", (name as string).slice(0, 18)], world)).toBe(0);
    expect(drafts()).toEqual([]);
  });

  it("says when there is nothing to resume (exit 1)", async () => {
    const { world, stderr } = testWorld({ cwd: dir, tty: true });
    expect(await run(["resume"], world)).toBe(1);
    expect(stderr()).toContain("No unfinished retros");
  });

  it("keeps answers to questions an updated template no longer asks", async () => {
    await interruptAtQuestion2();
    const [name] = drafts();
    const path = join(draftsDir(), name as string);
    const draft = JSON.parse(readFileSync(path, "utf8"));
    draft.template.version = 0;
    draft.template.questions.removed_question = "What did we forget to ask?";
    draft.answers.removed_question = { text: "Their testing habits." };
    writeFileSync(path, JSON.stringify(draft));
    const { world, stdout, stderr } = testWorld({
      cwd: dir,
      tty: true,
      prompter: new ScriptedPrompter(["", "yes", "", "yes", ""]),
    });
    expect(await run(["resume"], world)).toBe(0);
    expect(stderr()).toContain('template "default" v0; it is now v1');
    expect(stderr()).toContain('The question "What did we forget to ask?" is no longer asked');
    const retro = parse(readFileSync(join(dir, stdout().trim()), "utf8"));
    expect(retro.answers.removed_question).toEqual({
      question: "What did we forget to ask?",
      answer: "Their testing habits.",
    });
    expect(retro.answers.spot_difficulty_earlier.answer).toBe("Typed before Ctrl-C.");
  });

  it("discards a draft after confirmation, or with --yes; never without either", async () => {
    await interruptAtQuestion2();
    const [name] = drafts();
    const id = (name as string).replace(".json", "");
    const refused = testWorld({ cwd: dir });
    expect(await run(["resume", "--discard", id], refused.world)).toBe(2);
    expect(refused.stderr()).toContain("pass --yes");
    const no = testWorld({ cwd: dir, tty: true, prompter: new ScriptedPrompter(["n"]) });
    expect(await run(["resume", "--discard", id], no.world)).toBe(0);
    expect(drafts()).toHaveLength(1);
    const yes = testWorld({ cwd: dir });
    expect(await run(["resume", "--discard", id, "--yes"], yes.world)).toBe(0);
    expect(drafts()).toEqual([]);
  });

  it("an empty id (an unset variable in a script) discards nothing", async () => {
    await interruptAtQuestion2();
    for (const empty of ["", " "]) {
      const { world, stderr } = testWorld({ cwd: dir });
      expect(await run(["resume", "--discard", empty, "--yes"], world)).toBe(2);
      expect(stderr()).toContain("no draft matches");
      expect(drafts()).toHaveLength(1);
    }
  });
});
