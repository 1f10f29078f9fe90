import type { Question } from "../question.js";

/**
 * What one kind of answer (free text, a verdict, a score, a checklist) knows
 * about itself. Everything else (templates, `--answer`, the prompts, drafts,
 * files, `show`, `export`, `stats`, `report`) reads an answer through this
 * interface only, so a new kind is one module and one line in `index.ts`.
 */
export interface AnswerKind {
  /** As a template names it: `kind: verdict`. */
  readonly name: string;
  /** How `templates show` describes a question of this kind: "yes / partly / no". */
  describe(question: Question): string;
  /**
   * The field that holds the chosen value, in a draft and in a retro file
   * (`verdict: partly`). Free text has none: its value is the text itself.
   * Text typed beside a value is the answer's notes.
   */
  readonly field?: string;
  /** "verdict for", in "missing verdict for …". */
  readonly what: string;
  /** The question keys a template may give for this kind (`low`, `high`, `options`). */
  readonly settings: readonly string[];
  /** Checks those keys and returns them as the question will hold them. */
  checkSettings(
    raw: Readonly<Record<string, unknown>>,
    fail: (key: string, message: string) => void,
  ): Record<string, unknown>;
  /** What `--answer <id>=` takes: `<yes|partly|no>`. */
  flagValue(question: Question): string;
  /** The value from the text of `--answer` or `--from`. */
  parse(question: Question, text: string): { value: unknown } | { problem: string };
  /** Why a value read from a file is not one of this kind's, if it is not. */
  storedProblem(value: unknown): string | undefined;
  /** How the value is asked (free text, the default, is asked by the caller). */
  prompt?(question: Question, earlier: unknown): ChoicePrompt;
  /** The value, on one line, for `show`, `export` and search: "partly", "4/5", "pairing, design". */
  label(value: unknown): string;
  /** How the value reads at a glance, for colour. */
  tone(value: unknown): Tone;
  /** Counts values across retros, for `stats` and `report`; `by` is the grouping asked for (`--by`). */
  tally?(by: string | undefined): KindTally;
  /** The key of this kind's figures in `stats --json` ("verdicts"). */
  readonly statsKey?: string;
  /**
   * A question's settings and an answer as typed at `--answer` (and picked at
   * the prompt): the suite that runs every kind through every path uses it.
   */
  readonly example: { settings: Record<string, unknown>; typed: string };
}

export type Tone = "good" | "mixed" | "bad" | "plain";

export interface Choice {
  value: string;
  name?: string;
  checked?: boolean;
}

/** One pick from a list, or any of a list; `toValue` turns what was picked into the stored value. */
export type ChoicePrompt =
  | { type: "select"; choices: Choice[]; default?: string; toValue(picked: string): unknown }
  | { type: "checkbox"; choices: Choice[]; hint: string; toValue(picked: string[]): unknown };

export interface KindTally {
  /** One answer's value, the month (YYYY-MM) of its retro, and its group when grouping. */
  add(value: unknown, month: string, group: string | undefined): void;
  /**
   * The figures, month by month over `months` (the chart's, oldest first).
   * `labelOf`: a value's label in the template (a checklist option's), when known.
   */
  figures(months: readonly string[], labelOf?: (value: string) => string | undefined): KindFigures;
}

export interface KindFigures {
  /** What `stats --json` prints for the question, beside its id and text. */
  json: Record<string, unknown>;
  chart: Chart;
}

/**
 * A question's figures as every renderer draws them: `shares` rows are
 * stacked bars over the legend's parts (counts in legend order); `counts`
 * rows are one bar each (one count).
 */
export interface Chart {
  shape: "shares" | "counts";
  /** A line under the question: "mean 3.20 · spread 1.10 · 12 answers". */
  summary?: string;
  legend: { label: string; tone: Tone }[];
  rows: { label: string; counts: number[] }[];
}
