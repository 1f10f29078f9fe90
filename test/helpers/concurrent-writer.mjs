// One of several processes writing retros into the same folder at the same time:
// runs the built program's `new` N times, in-process, with the real clock and randomness.
import { createRequire } from "node:module";

const { processWorld, run } = createRequire(import.meta.url)("../../bin/bundle.js").loadBundle()
  .exports;

const [count, dir] = process.argv.slice(2);
const args = [
  "new",
  "--no-input",
  "--dir",
  dir,
  "--candidate",
  "ats-same",
  "--role",
  "backend",
  "--date",
  "2026-11-27",
  "--answer",
  `spot_difficulty_earlier=written by ${process.pid}`,
  "--answer",
  "questions_appropriate=yes",
  "--answer",
  "candidate_strengths=no",
];
const world = { ...processWorld(), stdout: { write: () => true }, stderr: process.stderr };
for (let i = 0; i < Number(count); i++) {
  const code = await run(args, world);
  if (code !== 0) process.exit(code);
}
