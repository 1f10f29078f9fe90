import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { retroRelativePath } from "../../src/domain/naming.js";
import {
  buildRetro,
  type GivenAnswers,
  type Retro,
  type RetroContext,
} from "../../src/domain/retro.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import type { Template } from "../../src/domain/template.js";
import { SHIPPED_TEMPLATES_DIR } from "../../src/io/shipped-yaml.js";
import { parseTemplateFile } from "../../src/io/templates.js";

/** The shipped default template, read as new reads it. */
export const DEFAULT_TEMPLATE: Template = await parseTemplateFile(
  join(SHIPPED_TEMPLATES_DIR, "default.yaml"),
  readFileSync(join(SHIPPED_TEMPLATES_DIR, "default.yaml"), "utf8"),
);

export interface RetroSpec extends Partial<RetroContext> {
  /** As `new` makes it, from a slug of the candidate: the reference itself by default. */
  id?: string;
  suffix?: string;
  recordedAt?: string;
  answers?: GivenAnswers;
}

/** A retro as `new` would build it, with sensible values for whatever the test does not care about. */
export function makeRetro(spec: RetroSpec = {}): Retro {
  const context: RetroContext = {
    date: spec.date ?? "2026-11-27",
    candidate: spec.candidate ?? "ats-1",
    role: spec.role ?? "backend",
    stage: spec.stage ?? "technical",
    interviewer: spec.interviewer ?? "Alex Martin",
    tags: spec.tags ?? [],
  };
  const id =
    spec.id ?? `${context.date}-${context.role}-${context.candidate}-${spec.suffix ?? "k7f3"}`;
  return buildRetro({
    id,
    template: DEFAULT_TEMPLATE,
    context,
    answers: spec.answers ?? {
      spot_difficulty_earlier: { text: "The SQL warm-up showed it at minute 5." },
      questions_appropriate: { verdict: "partly", text: "The LRU cache question was too hard." },
      candidate_strengths: { verdict: "no", text: "We never got to their Kafka work." },
    },
    recordedAt: spec.recordedAt ?? `${context.date}T15:30:12+01:00`,
    retentionDays: 180,
  });
}

/** Writes a retro into `<dir>/<YYYY>/<id>.yaml`; returns its path. */
export function writeRetro(dir: string, spec: RetroSpec = {}): string {
  const retro = makeRetro(spec);
  const path = join(dir, retroRelativePath(retro.id));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, retroToYaml(retro));
  return path;
}

/** Writes any text at `<dir>/<relative>`. */
export function writeText(dir: string, relative: string, text: string): string {
  const path = join(dir, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
