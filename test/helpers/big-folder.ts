import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { prng } from "../../bench/prng.mjs";
import { kindOf } from "../../src/domain/answer-kinds/index.js";
import { addDays } from "../../src/domain/dates.js";
import { buildRetro, type GivenAnswers } from "../../src/domain/retro.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import type { Template } from "../../src/domain/template.js";
import { SHIPPED_TEMPLATES_DIR } from "../../src/io/shipped-yaml.js";
import { parseTemplateFile } from "../../src/io/templates.js";
import { BIN, binaryEnv, NODE } from "./binary.js";

/**
 * A big company's ten years: 300,000 retros as the tool writes them, from
 * the three shipped templates, with accents and apostrophes in names,
 * 150,000 of them in one year folder (2026) and the rest over 2017–2025.
 *
 * Written once into a cache folder outside the clone and reused: writing
 * 300,000 files takes about a minute. The folder's name carries a version;
 * change it when the generator changes. A smaller folder of the same kind
 * (half of it in 2026) serves the figures the issues give for 100,000 retros.
 */
export const BIG_FOLDER_COUNT = 300_000;
export const BIG_YEAR_COUNT = BIG_FOLDER_COUNT / 2;
/** How many retros of the big folder mention this word (and nothing else does). */
export const RARE_WORD = "zeppelinology";
export const RARE_EVERY = 1000;

const BASES = 600;

const TEMPLATES = await Promise.all(
  ["default", "difficult", "exchange"].map((id) =>
    parseTemplateFile(
      join(SHIPPED_TEMPLATES_DIR, `${id}.yaml`),
      readFileSync(join(SHIPPED_TEMPLATES_DIR, `${id}.yaml`), "utf8"),
    ),
  ),
);

export function bigFolder(count = BIG_FOLDER_COUNT): string {
  const cache = join(
    process.env.XDG_CACHE_HOME || join(homedir(), ".cache"),
    "interview-retro-tests",
  );
  const dir = join(cache, `big-${count / 1000}k-v1`);
  if (existsSync(dir)) return dir;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  writeBigFolder(building, count);
  // Whole or not at all: a run cut short leaves only its own building folder.
  renameSync(building, dir);
  return dir;
}

const NAMES = [
  "Léa Dubois",
  "Zoë Müller",
  "Chloé O'Brien",
  "Sam Okafor",
  "Priya Raman",
  "José Álvarez",
  "Ana Kovač",
  "Noah Smith",
];
const ROLES = ["backend", "frontend", "data", "mobile", "sre", "security"];
const SENTENCES = [
  "The system design question came too early; a warm-up would have shown the gaps sooner.",
  "They froze at the whiteboard, and pairing on the editor helped them recover.",
  "Next time: ask about their last incident before the coding exercise.",
  "The LRU cache question felt like a cliché and did not tell us much.",
  "Léa noticed the hesitation at minute five but we kept going.",
  "We never got to their Kafka work, which was their strongest area.",
  "Action: send the take-home review guidelines before the call.",
  "They explained the trade-offs of event sourcing clearly, with a good example.",
];

function answersFor(template: Template, random: () => number, withRareWord: boolean): GivenAnswers {
  const sentence = () => SENTENCES[Math.floor(random() * SENTENCES.length)] as string;
  const answers: GivenAnswers = {};
  for (const question of template.questions) {
    const kind = kindOf(question);
    const text = `${sentence()} ${sentence()}${withRareWord ? ` ${RARE_WORD}.` : ""}`;
    withRareWord = false;
    if (kind.field === undefined) {
      answers[question.id] = { text };
      continue;
    }
    const typed =
      kind.name === "verdict"
        ? (["yes", "partly", "no"][Math.floor(random() * 3)] as string)
        : kind.name === "scale"
          ? String(1 + Math.floor(random() * 5))
          : (((question.options ?? []) as { id: string }[])[0]?.id ?? kind.example.typed);
    const parsed = kind.parse(question, typed);
    if (!("value" in parsed)) throw new Error(`cannot answer ${question.id}: ${parsed.problem}`);
    answers[question.id] = { [kind.field]: parsed.value, text };
  }
  return answers;
}

/**
 * A few hundred retros are built by the real writer; each file is one of
 * them under its own id and date (the lines before `template:`, written as
 * the writer writes them), so that writing 300,000 costs little more than
 * the files themselves.
 */
function writeBigFolder(dir: string, count: number): void {
  const random = prng(300);
  const bodies = Array.from({ length: BASES }, (_, base) => {
    const template = TEMPLATES[base % TEMPLATES.length] as Template;
    const retro = buildRetro({
      id: "2026-01-01-base",
      template,
      context: {
        date: "2026-01-01",
        candidate: `ats-${base}`,
        role: ROLES[base % ROLES.length] as string,
        stage: "technical",
        interviewer: NAMES[base % NAMES.length] as string,
        tags: [],
      },
      answers: answersFor(template, random, base === 0),
      recordedAt: "2026-01-01T17:00:00+01:00",
      retentionDays: 180,
    });
    const text = retroToYaml(retro);
    return text.slice(text.indexOf("template:"));
  });
  const years = Array.from({ length: 9 }, (_, i) => 2017 + i);
  for (const year of [...years, 2026]) mkdirSync(join(dir, String(year)), { recursive: true });
  for (let i = 0; i < count; i++) {
    // The first half in 2026, the rest spread over the nine years before.
    const year = i < count / 2 ? 2026 : (years[i % years.length] as number);
    const date = addDays(`${year}-01-01`, i % 331);
    const id = `${date}-big-${i.toString(36).padStart(4, "0")}`;
    // Base 0 holds the rare word: every RARE_EVERY-th file is built on it.
    const body = bodies[i % RARE_EVERY === 0 ? 0 : 1 + (i % (BASES - 1))] as string;
    writeFileSync(
      join(dir, String(year), `${id}.yaml`),
      `schema: 1\nid: ${id}\ndate: "${date}"\nrecorded_at: "${date}T17:00:00+01:00"\nexpires_on: "${addDays(date, 180)}"\n${body}`,
    );
  }
}

export interface MeasuredRun {
  code: number | null;
  /** The output, read back (a string when it is small enough to be one). */
  stdout: string;
  stdoutFile: string;
  stderr: string;
  /** Peak resident memory, MiB, read by the benchmark's probe (bench/max-rss.mjs). */
  peak: number;
}

const MAX_RSS = new URL("../../bench/max-rss.mjs", import.meta.url).href;
let runs = 0;

/**
 * Runs the built binary (on the Node that tests run it with) over a folder;
 * its output goes to a file in `work`, as large as it is.
 */
export async function measuredRun(
  dir: string,
  work: string,
  args: string[],
  { read = true } = {},
): Promise<MeasuredRun> {
  // A run that outlived its test's timeout must not spoil the next one: it keeps writing
  // into the output file unlinked here, and each run has a memory file of its own.
  const rss = join(work, `rss-${++runs}`);
  const out = join(work, "stdout");
  rmSync(out, { force: true });
  const child = spawn(
    "sh",
    ["-c", `exec "$0" "$@" > "${out}"`, NODE, "--import", MAX_RSS, BIN, ...args, "--dir", dir],
    { cwd: work, env: binaryEnv(work, { BENCH_RSS_FILE: rss }) },
  );
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  return {
    code,
    stdout: read ? readFileSync(out, "utf8") : "",
    stdoutFile: out,
    stderr,
    peak: Number(readFileSync(rss, "utf8")) / 1024,
  };
}
