import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { binaryEnv } from "../helpers/binary.js";
import { KEY, PtySession } from "../helpers/pty.js";
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
const ANSWER_1 = "The warm-up showed it at minute 5: ask sooner.";

const draftsDir = () => join(dir, ".local", "state", "interview-retro", "drafts");
const drafts = () => (existsSync(draftsDir()) ? readdirSync(draftsDir()) : []);
const retros = () => filesUnder(join(dir, "retros"));

/** Starts new, answers question 1, and stops at question 2. */
async function startAndReachQuestion2(): Promise<PtySession> {
  const session = new PtySession(
    ["--candidate", "ats-77", "--role", "backend", "--stage", "onsite", "--tag", "remote"],
    {
      cwd: dir,
      env: binaryEnv(dir, { XDG_STATE_HOME: "" }),
    },
  );
  for (const prompt of ["Interviewer", "Interview date"]) {
    await session.waitFor(`? ${prompt}`);
    session.type(KEY.enter);
  }
  await session.waitFor(Q1);
  session.line(ANSWER_1);
  await session.waitFor(Q2);
  return session;
}

function expectDraftWithAnswer1() {
  const [name] = drafts();
  expect(name).toBeDefined();
  const draft = JSON.parse(readFileSync(join(draftsDir(), name as string), "utf8"));
  expect(draft.answers.spot_difficulty_earlier.text).toBe(ANSWER_1);
  expect(retros()).toEqual([]);
}

async function resumeAndFinish() {
  const session = new PtySession(["resume"], {
    cwd: dir,
    env: binaryEnv(dir, { XDG_STATE_HOME: "" }),
  });
  await session.waitFor("Keep these answers and go on?");
  session.type(KEY.enter);
  await session.waitFor(Q2);
  expect(session.text).toContain(
    `✔ 1/3 How could we spot signs of difficulty earlier? ${ANSWER_1}`,
  );
  session.type(KEY.down);
  session.type(KEY.enter);
  await session.waitFor("? Notes");
  session.line("Too hard for the level.");
  await session.waitFor(Q3);
  session.type(KEY.enter);
  await session.waitFor("? Notes");
  session.type(KEY.enter);
  expect((await session.exited()).exitCode).toBe(0);
  const [file] = retros();
  const retro = parse(readFileSync(file as string, "utf8"));
  expect(retro.answers.spot_difficulty_earlier.answer).toBe(ANSWER_1);
  expect(retro.answers.questions_appropriate).toMatchObject({
    verdict: "partly",
    answer: "Too hard for the level.",
  });
  expect(retro.tags).toEqual(["remote"]);
  expect(drafts()).toEqual([]);
}

describe("an interrupted retro, in a real terminal", () => {
  it("Ctrl-C keeps answer 1 in a draft (exit 130), and resume finishes the retro with both answers", async () => {
    const session = await startAndReachQuestion2();
    session.type(KEY.ctrlC);
    expect((await session.exited()).exitCode).toBe(130);
    expect(session.text).toContain(
      "Your answers are kept in a draft: run `interview-retro resume` to continue.",
    );
    expectDraftWithAnswer1();
    await resumeAndFinish();
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ])("%s at a prompt keeps the draft and leaves the retros folder empty", async (signal, code) => {
    const session = await startAndReachQuestion2();
    session.kill(signal);
    expect((await session.exited()).exitCode).toBe(code);
    expectDraftWithAnswer1();
    await resumeAndFinish();
  });
});
