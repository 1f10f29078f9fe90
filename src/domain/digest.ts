import type { Tone } from "./answer-kinds/answer-kind.js";
import { chosenValue } from "./answer-kinds/index.js";
import type { DigestGrouping } from "./learn-choices.js";
import { entry } from "./map-entry.js";
import { OPENS_A_PROMISE } from "./promise-words.js";
import { newestRetroFirst, type Retro } from "./retro.js";
import { type QuestionFigures, StatsTally } from "./stats.js";
import { PhraseCount, questionWords, THEME_IDS_SHOWN, type Theme, themesOf } from "./themes.js";

/**
 * What a team reads before its weekly meeting: for each question of each
 * template, every answer of the period, grouped; the themes that recur; and
 * the actions promised. Built from the retros as they are read, newest or
 * not; `ui/digest-*.ts` draw it.
 */

export interface DigestAnswer {
  id: string;
  date: string;
  interviewer?: string;
  role?: string;
  /** A verdict, a score, the options checked, as its kind shows it. */
  value?: { label: string; tone: Tone };
  /** The answer, or a value's notes, whole. */
  text?: string;
}

export interface DigestQuestion {
  id: string;
  /** As the newest retro asks it. */
  text: string;
  /** Newest first within each group; groups in alphabetical order, "(none)" last. */
  groups: { key: string; answers: DigestAnswer[] }[];
  /** The figures of its values (verdict shares…), when it has some. */
  figures?: QuestionFigures;
}

export interface DigestSection {
  template: string;
  questions: DigestQuestion[];
}

/** "Next time…", "Action: …", "La prochaine fois…": what a retro said the team would do. */
export interface PromisedAction {
  date: string;
  id: string;
  interviewer?: string;
  role?: string;
  text: string;
}

export interface QuestionThemes {
  question: string;
  text: string;
  /** Retros of the period that answered it in words. */
  answered: number;
  themes: Theme[];
}

/** What the renderers of `digest` draw: the digest and its period. */
export interface DigestInput {
  digest: Digest;
  /** The period's first day, when it has one. */
  since?: string;
  until: string;
  generatedOn: string;
}

export interface Digest {
  total: number;
  by: DigestGrouping;
  sections: DigestSection[];
  themes: QuestionThemes[];
  actions: PromisedAction[];
}

/** The question of a template that asks for one: its whole answer is an action. */
const NEXT_TIME_QUESTION = "next_time";
/**
 * The sentences of a text: its lines, cut after a full stop, a question or an
 * exclamation mark, and after a semicolon, which opens a clause that may
 * promise on its own ("Warm-up too long; we should start from their project").
 */
const sentences = (text: string) =>
  text
    .split("\n")
    .flatMap((line) => line.split(/(?<=[.!?;])\s+/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);

/** The actions a retro promised: its next-time answer, and every sentence that starts like one. */
export function promisedActions(retro: Retro): PromisedAction[] {
  const about = {
    date: retro.date,
    id: retro.id,
    ...(retro.interviewer ? { interviewer: retro.interviewer } : {}),
    ...(retro.role ? { role: retro.role } : {}),
  };
  const texts: string[] = [];
  for (const [id, answer] of Object.entries(retro.answers)) {
    const text = answer.answer?.trim();
    if (!text) continue;
    if (id === NEXT_TIME_QUESTION) texts.push(text);
    else
      for (const sentence of sentences(text))
        if (OPENS_A_PROMISE.test(sentence)) texts.push(sentence);
  }
  return [...new Set(texts)].map((text) => ({ ...about, text }));
}

/** Promised actions in the order they were promised. */
export const oldestFirst = (a: PromisedAction, b: PromisedAction) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The newest promised actions, up to `most`, and how many there were in
 * all: a report over ten years lists the latest, not every one.
 */
export class LatestActions {
  private kept: PromisedAction[] = [];
  count = 0;

  constructor(private readonly most: number) {}

  add(actions: readonly PromisedAction[]): void {
    for (const action of actions) this.kept.push(action);
    this.count += actions.length;
    // Trimmed now and then, not at each add: sorting twice the kept costs little.
    if (this.kept.length >= 2 * this.most) this.trim();
  }

  /** The kept ones, oldest first. */
  list(): PromisedAction[] {
    this.trim();
    return this.kept;
  }

  private trim(): void {
    this.kept = this.kept.sort(oldestFirst).slice(-this.most);
  }
}

/** The phrases of each question's answers over a period, and the words of the questions themselves. */
export class ThemeCount {
  private readonly questions = new Map<string, { phrases: PhraseCount; asked: Set<string> }>();

  /** `idsKept`: per theme, how many of the newest retros' ids to keep (all, for `themes --json`, unless told). */
  constructor(private readonly idsKept?: number) {}

  add(retro: Retro): void {
    for (const [id, answer] of Object.entries(retro.answers)) {
      const text = answer.answer?.trim();
      if (!text) continue;
      const question = this.questions.get(id) ?? {
        phrases: new PhraseCount(this.idsKept),
        asked: new Set(),
      };
      this.questions.set(id, question);
      question.asked.add(answer.question);
      question.phrases.add(retro.id, text);
    }
  }

  /**
   * Each question's themes, against `previous` (the period before, of the
   * same length) when given. `wording`: each question's texts and hints in
   * the templates, whose words are the question's own too.
   */
  themes(
    previous: ThemeCount | undefined,
    texts: ReadonlyMap<string, string>,
    wording: ReadonlyMap<string, readonly string[]>,
  ): QuestionThemes[] {
    return [...this.questions].map(([id, { phrases, asked }]) => {
      const before = previous?.questions.get(id);
      const excluded = questionWords([
        ...asked,
        ...(before?.asked ?? []),
        ...(wording.get(id) ?? []),
      ]);
      return {
        question: id,
        text: texts.get(id) ?? [...asked][0] ?? id,
        answered: phrases.answered,
        themes: themesOf(
          phrases,
          previous ? (before?.phrases ?? new PhraseCount()) : undefined,
          excluded,
        ),
      };
    });
  }
}

/** The digest of the retros given to `add`. */
export class DigestBuilder {
  private readonly retros: Retro[] = [];
  private readonly themeCount = new ThemeCount(THEME_IDS_SHOWN);
  private readonly figures: StatsTally;

  constructor(
    private readonly by: DigestGrouping,
    lastMonth: string,
  ) {
    this.figures = new StatsTally(lastMonth);
  }

  add(retro: Retro): void {
    this.retros.push(retro);
    this.themeCount.add(retro);
    this.figures.add(retro);
  }

  /** `templates`: what the templates say of each question: its wording, its options' labels. */
  result(
    previous: ThemeCount | undefined,
    templates: {
      wording: ReadonlyMap<string, readonly string[]>;
      labels: ReadonlyMap<string, ReadonlyMap<string, string>>;
    },
  ): Digest {
    const retros = [...this.retros].sort(newestRetroFirst);
    const figures = new Map(
      this.figures.result(templates.labels).questions.map((f) => [f.question, f]),
    );
    const texts = new Map<string, string>();
    const sections = new Map<string, Map<string, Map<string, DigestAnswer[]>>>();
    for (const retro of retros) {
      const questions = entry(
        sections,
        retro.template.id,
        () => new Map<string, Map<string, DigestAnswer[]>>(),
      );
      for (const [id, answer] of Object.entries(retro.answers)) {
        if (!texts.has(id)) texts.set(id, answer.question);
        const value = chosenValue(answer);
        const text = answer.answer?.trim() ? answer.answer : undefined;
        if (!value && !text) continue;
        const groups = entry(questions, id, () => new Map<string, DigestAnswer[]>());
        entry(groups, this.groupOf(retro), (): DigestAnswer[] => []).push({
          id: retro.id,
          date: retro.date,
          ...(retro.interviewer ? { interviewer: retro.interviewer } : {}),
          ...(retro.role ? { role: retro.role } : {}),
          ...(value ? { value: { label: value.label, tone: value.tone } } : {}),
          ...(text ? { text } : {}),
        });
      }
    }
    return {
      total: retros.length,
      by: this.by,
      sections: [...sections].map(([template, questions]) => ({
        template,
        questions: [...questions].map(([id, groups]) => {
          const own = figures.get(id);
          return {
            id,
            text: texts.get(id) ?? id,
            groups: [...groups]
              .sort(([a], [b]) => byGroupName(a, b))
              .map(([key, answers]) => ({ key, answers })),
            ...(own ? { figures: own } : {}),
          };
        }),
      })),
      themes: this.themeCount.themes(previous, texts, templates.wording),
      actions: retros.flatMap(promisedActions).sort(oldestFirst),
    };
  }

  private groupOf(retro: Retro): string {
    if (this.by === "none") return "";
    if (this.by === "month") return retro.date.slice(0, 7);
    return retro[this.by] ?? NO_GROUP;
  }
}

const NO_GROUP = "(none)";
const byGroupName = (a: string, b: string) =>
  a === b ? 0 : a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : a < b ? -1 : 1;
