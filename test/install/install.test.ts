import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binaryEnv } from "../helpers/binary.js";
import { gitIn, makeRepo } from "../helpers/git-repo.js";
import { tempDir } from "../helpers/world.js";

/**
 * Each install way of the README, on a fresh HOME: from a packed tarball
 * (globally, and as a team repository's dev dependency), from a clone, and
 * from a git URL (a file:// repository of this work tree, which npm builds
 * with prepare). Only the git-URL install reaches the npm registry, for the
 * development dependencies of its build, from npm's cache when it can.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const ANSWERS = [
  "spot_difficulty_earlier=x",
  "questions_appropriate=yes",
  "candidate_strengths=no",
];
const NEW = ["new", "--no-input", "--candidate", "ats-1"].concat(
  ANSWERS.flatMap((answer) => ["--answer", answer]),
);

let dir: string;
let source: string;
let tarball: string;
let env: NodeJS.ProcessEnv;
let cleanup: () => void;

function npm(args: string[], cwd: string) {
  const result = spawnSync("npm", args, { cwd, env, encoding: "utf8" });
  expect(result.status, `npm ${args.join(" ")}\n${result.stdout}${result.stderr}`).toBe(0);
  return result;
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  env = binaryEnv(dir, {
    npm_config_cache: process.env.npm_config_cache || join(process.env.HOME ?? dir, ".npm"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
  });
  // The work tree as a repository of its own: what a clone or a git URL gives.
  source = join(dir, "source");
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: ROOT, encoding: "utf8" },
  )
    .split("\0")
    .filter((file) => file !== "" && existsSync(join(ROOT, file)));
  for (const file of files) cpSync(join(ROOT, file), join(source, file));
  makeRepo(source, dir);
  gitIn(source, dir, "add", "-A");
  gitIn(source, dir, "commit", "-q", "-m", "the work tree");
  // `npm pack` there, as a maintainer runs it: the build runs in prepack.
  symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"));
  const packed = npm(["pack", "--json", "--pack-destination", dir], source);
  tarball = join(dir, JSON.parse(packed.stdout)[0].filename);
}, 240_000);
afterAll(() => cleanup());

/** Runs an installed command: its version, then a retro written and listed. */
function writesAndLists(command: string[], cwd: string, runEnv = env): void {
  const run = (args: string[]) =>
    spawnSync(command[0] as string, [...command.slice(1), ...args], {
      cwd,
      env: runEnv,
      encoding: "utf8",
    });
  expect(run(["--version"]).stdout.trim()).toBe(VERSION);
  const written = run(NEW);
  expect(written.status, written.stderr).toBe(0);
  expect(run(["list", "--paths"]).stdout.trim()).toBe(written.stdout.trim());
}

describe("the package", () => {
  it("holds only what runs and documents, with a manifest that runs no script", () => {
    const templates = readdirSync(join(ROOT, "templates"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(ROOT.length));
    const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    expect(listing.sort()).toEqual(
      [
        "LICENSE",
        "README.md",
        "bin/bundle.js",
        "bin/interview-retro.js",
        "bin/package.json",
        "dist/interview-retro.1",
        "dist/interview-retro.cjs",
        "dist/interview-retro.cjs.cache",
        "dist/shipped-yaml.json",
        "dist/vendor/chalk.cjs",
        "dist/vendor/prompts.cjs",
        "dist/vendor/yaml.cjs",
        "package.json",
        ...templates,
      ]
        .map((file) => `package/${file}`)
        .sort(),
    );
    const manifest = JSON.parse(
      execFileSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" }),
    );
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.dependencies).toBeUndefined();
    // The repository's own manifest is back as it was, prepare and all.
    expect(gitIn(source, dir, "status", "--porcelain", "--untracked-files=no")).toBe("");
  });
});

describe("installed", () => {
  it("globally from the tarball: one package, no install script, on PATH, with its man page", () => {
    const prefix = join(dir, "global");
    const installed = npm(["install", "-g", "--prefix", prefix, tarball], dir);
    expect(installed.stdout + installed.stderr).not.toMatch(/warn/i);
    expect(installed.stdout).toContain("added 1 package");
    const work = join(dir, "work-global");
    mkdirSync(work);
    writesAndLists(["interview-retro"], work, { ...env, PATH: `${prefix}/bin:${env.PATH}` });
    const page = join(prefix, "share/man/man1/interview-retro.1");
    expect(existsSync(page)).toBe(true);
    // man finds it from PATH alone, as after `npm install -g` with npm's default prefix.
    const man = spawnSync("man", ["-w", "interview-retro"], {
      env: { ...env, PATH: `${prefix}/bin:${env.PATH}` },
      encoding: "utf8",
    });
    if (man.error === undefined) expect(man.stdout.trim()).toMatch(/\/interview-retro\.1$/);
  });

  it("as a team repository's dev dependency: npx and the pre-commit hook find it", () => {
    const team = join(dir, "team");
    makeRepo(team, dir);
    writeFileSync(join(team, "package.json"), '{ "name": "team-retros", "private": true }\n');
    npm(["install", "--save-dev", tarball], team);
    writesAndLists(["npx", "--no-install", "interview-retro"], team);
    const init = spawnSync("npx", ["--no-install", "interview-retro", "init", "--yes"], {
      cwd: team,
      env,
      encoding: "utf8",
    });
    expect(init.status, init.stderr).toBe(0);
    // Only node_modules/.bin can serve this hook: not PATH, not the path of whoever ran init.
    const hook = join(team, ".git/hooks/pre-commit");
    writeFileSync(hook, readFileSync(hook, "utf8").replace(/^if \[ -x \/.*$/m, "if false; then"));
    const retro = join(
      team,
      "retros",
      readdirSync(join(team, "retros"), { recursive: true })
        .map(String)
        .find((file) => file.endsWith(".yaml")) ?? "",
    );
    writeFileSync(retro, readFileSync(retro, "utf8").replace('verdict: "no"', "verdict: nope"));
    gitIn(team, dir, "add", retro);
    const refused = spawnSync("git", ["commit", "-m", "a broken retro"], {
      cwd: team,
      env,
      encoding: "utf8",
    });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain("verdict must be one of yes, partly, no");
  });

  it("globally from a clone (npm install -g .)", () => {
    const prefix = join(dir, "from-clone");
    npm(["install", "-g", "--prefix", prefix, "."], source);
    const work = join(dir, "work-clone");
    mkdirSync(work);
    writesAndLists([join(prefix, "bin/interview-retro")], work);
  });

  // npm 11 cannot install a git URL globally in one step (npm/cli#8440: its
  // prepare runs without the development dependencies), hence pack, then install.
  it("from a git URL, which builds it with prepare: globally through npm pack, and as a dev dependency", () => {
    const url = `git+file://${source}`;
    const packedFromGit = join(dir, "from-git");
    mkdirSync(packedFromGit);
    const packed = npm(["pack", "--json", url], packedFromGit);
    const prefix = join(dir, "from-git-global");
    npm(
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        join(packedFromGit, JSON.parse(packed.stdout)[0].filename),
      ],
      dir,
    );
    const work = join(dir, "work-git");
    mkdirSync(work);
    writesAndLists([join(prefix, "bin/interview-retro")], work);
    expect(existsSync(join(prefix, "share/man/man1/interview-retro.1"))).toBe(true);

    const team = join(dir, "team-git");
    mkdirSync(team);
    writeFileSync(join(team, "package.json"), '{ "name": "team-retros", "private": true }\n');
    npm(["install", "--save-dev", url], team);
    writesAndLists(["npx", "--no-install", "interview-retro"], team);
  }, 400_000);
});
