import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  applyEntries,
  entriesFromMap,
  missingAnswersMessage,
} from "../../src/domain/answer-input.js";
import type { AnswerKind } from "../../src/domain/answer-kinds/answer-kind.js";
import { KINDS } from "../../src/domain/answer-kinds/index.js";
import { newDraft, orphanAnswers, progress } from "../../src/domain/draft.js";
import { buildRetro, isAnswered, unansweredRequired } from "../../src/domain/retro.js";
import { checkRetro } from "../../src/domain/retro-check.js";
import { validateRetro } from "../../src/domain/retro-validate.js";
import { retroToYaml } from "../../src/domain/retro-yaml.js";
import { compileMatcher, searchRetro } from "../../src/domain/search.js";
import { StatsTally } from "../../src/domain/stats.js";
import { checkTemplate, type Template } from "../../src/domain/template.js";
import { readCanonicalYaml } from "../../src/io/canonical-yaml.js";
import { listDrafts, saveDraft } from "../../src/io/drafts.js";
import { askQuestions } from "../../src/ui/ask-retro.js";
import { PLAIN } from "../../src/ui/color.js";
import { renderShow } from "../../src/ui/render-show.js";
import { renderStats, statsJson } from "../../src/ui/render-stats.js";
import { REPORT_FORMATS } from "../../src/ui/report-formats.js";
import { wordsFor } from "../../src/ui/words.js";
import { exportText } from "../helpers/export-text.js";
import { ScriptedPrompter } from "../helpers/scripted-prompter.js";

/**
 * Every registered answer kind, through every path an answer takes: the
 * template, `--answer` and `--from`, the prompt, the draft, the file (written,
 * read back by both readers, checked, validated), `show`, `export`, search,
 * `stats` and `report`. A kind that misses a path fails here.
 */

const NOTES = "Notes beside the value: pairing helped.";

function setUp(kind: AnswerKind) {
  const question = {
    id: "the_question",
    text: `A ${kind.name} question?`,
    kind: kind.name,
    ...kind.example.settings,
  };
  const checked = checkTemplate({ id: "kinds", version: 1, questions: [question] });
  expect(checked.issues).toEqual([]);
  const template = checked.value as Template;
  const entries = [{ key: "the_question", value: kind.example.typed, origin: "--answer" }];
  if (kind.field) entries.push({ key: "the_question.notes", value: NOTES, origin: "--answer" });
  const { answers, problems } = applyEntries(template, entries);
  expect(problems).toEqual([]);
  const retro = buildRetro({
    id: "2026-11-27-backend-ats-1-k7f3",
    template,
    context: { date: "2026-11-27", candidate: "ats-1", role: "backend", tags: [] },
    answers,
    recordedAt: "2026-11-27T15:30:12+01:00",
    retentionDays: 180,
  });
  const value = kind.field ? answers.the_question?.[kind.field] : answers.the_question?.text;
  return { template, answers, retro, value };
}

describe.each(KINDS.map((kind) => [kind.name, kind] as const))("the %s kind", (_, kind) => {
  it("is read from a template, and refuses settings of other kinds", () => {
    const { template } = setUp(kind);
    expect(template.questions[0]?.kind).toBe(kind.name);
    const foreign = KINDS.find((other) => other !== kind && other.settings.length > 0);
    const key = foreign?.settings.find((name) => !kind.settings.includes(name));
    if (!foreign || !key) return;
    const { issues } = checkTemplate({
      id: "kinds",
      version: 1,
      questions: [{ id: "q", text: "Q?", kind: kind.name, [key]: "x" }],
    });
    expect(issues.map((issue) => issue.message)).toContain(
      `${key} is only for kind ${foreign.name}`,
    );
  });

  it("is given by --answer and --from, and says what it takes when missing or wrong", () => {
    const { template, answers, value } = setUp(kind);
    const question = template.questions[0];
    if (!question) throw new Error("no question");
    expect(value).toBeDefined();
    expect(isAnswered(question, answers.the_question)).toBe(true);
    expect(unansweredRequired(template, {})).toEqual([question]);
    expect(missingAnswersMessage([question])).toContain(`missing ${kind.what} "the_question"`);
    expect(missingAnswersMessage([question])).toContain(kind.flagValue(question));
    const nested = kind.field
      ? { the_question: { [kind.field]: kind.example.typed, notes: NOTES } }
      : { the_question: kind.example.typed };
    const fromFile = entriesFromMap(nested, "answers.yaml");
    expect(fromFile.issues).toEqual([]);
    expect(applyEntries(template, fromFile.entries)).toEqual({ answers, problems: [] });
    if (kind.field) {
      const wrong = applyEntries(template, [
        { key: "the_question", value: "\u0000not a value", origin: "--answer" },
      ]);
      expect(wrong.problems).toHaveLength(1);
      expect(wrong.problems[0]).toContain("the_question");
    }
  });

  it("is asked at the prompt, and an earlier answer is offered again", async () => {
    const { template, answers } = setUp(kind);
    const replies = kind.field ? [kind.example.typed, NOTES] : [kind.example.typed];
    const prompter = new ScriptedPrompter([...replies]);
    expect(await askQuestions(prompter, template, wordsFor("en"), {})).toEqual(answers);
    expect(prompter.asked[0]?.message).toContain(`A ${kind.name} question?`);
    // Resuming: Enter on each prompt keeps what the draft held.
    const again = new ScriptedPrompter(kind.field ? [kind.example.typed, ""] : [""]);
    expect(await askQuestions(again, template, wordsFor("en"), {}, undefined, answers)).toEqual(
      answers,
    );
  });

  it("is kept in a draft, and kept in the retro when the template no longer asks it", async () => {
    const { template, answers } = setUp(kind);
    const env = { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), "kinds-")) };
    const draft = { ...newDraft("d1", "2026-11-27T15:00:00Z", "/r", template), answers };
    await saveDraft(env, draft);
    const [read] = listDrafts(env);
    expect(read?.answers).toEqual(answers);
    expect(progress(read ?? draft, template)).toEqual({ answered: 1, total: 1 });
    const without = checkTemplate({
      id: "kinds",
      version: 2,
      questions: [{ id: "another", text: "Another?", kind: "text" }],
    }).value as Template;
    const kept = orphanAnswers(read ?? draft, without).the_question;
    expect(kept).toEqual(setUp(kind).retro.answers.the_question);
  });

  it("is written to YAML and read back the same by both readers, checked and validated", () => {
    const { retro } = setUp(kind);
    const text = retroToYaml(retro);
    expect(parse(text)).toEqual(retro);
    expect(readCanonicalYaml(text)).toEqual(retro);
    expect(checkRetro(parse(text)).retro).toEqual(retro);
    expect(validateRetro(parse(text), { stem: retro.id, folder: "2026" })).toEqual([]);
    const field = kind.field ?? "answer";
    const broken = { ...retro, answers: { the_question: { question: "Q?", [field]: { x: 1 } } } };
    expect(checkRetro(broken).issues.map((issue) => issue.path)).toEqual([
      ["answers", "the_question", field],
    ]);
  });

  it("is shown in the terminal and in Markdown, exported to CSV, and found by search", async () => {
    const { retro, value } = setUp(kind);
    const shown = renderShow(retro, "r.yaml", PLAIN).join("\n");
    const label = kind.label(value);
    expect(shown).toContain(label);
    const records = [{ path: "r.yaml", retro }];
    const markdown = await exportText("md", records);
    expect(markdown).toContain(label);
    const [header = "", row = ""] = (await exportText("csv", records))
      .replace(/^\ufeff/, "")
      .split("\r\n");
    expect(header.split(",")).toContain(`the_question.${kind.field ?? "answer"}`);
    // As RFC 4180 quotes a cell (written here, not taken from the code under test).
    const csvCell = (text: string) =>
      /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    expect(row).toContain(csvCell(Array.isArray(value) ? value.join(", ") : String(value)));
    if (kind.field) {
      expect(shown).toContain(NOTES);
      expect(header.split(",")).toContain("the_question.answer");
      expect(row).toContain(csvCell(NOTES));
    }
    const word = kind.example.typed.split(/[ ,]/)[0] ?? "";
    const hits = searchRetro(
      retro,
      compileMatcher({ pattern: word, regex: false, caseSensitive: false, exactAccents: false }),
    );
    expect(hits.length).toBeGreaterThan(0);
  });

  it("is counted in stats and drawn in the terminal, JSON, Markdown and HTML", () => {
    const { retro } = setUp(kind);
    const tally = new StatsTally("2026-11", "role");
    tally.add(retro);
    tally.add(retro);
    const stats = tally.result();
    if (!kind.tally) {
      // Free text is read, not counted: no chart, and no figures in the JSON.
      expect(stats.questions).toEqual([]);
      return;
    }
    expect(kind.statsKey).toBeDefined();
    expect(stats.questions.map((figures) => figures.kind)).toEqual([kind]);
    const chart = stats.questions[0]?.chart;
    // Two answers given: some bar counts both.
    expect(chart?.rows.flatMap((row) => row.counts)).toContain(2);
    const json = JSON.parse(statsJson(stats));
    expect(json[kind.statsKey ?? ""]).toEqual([
      expect.objectContaining({ question: "the_question", text: `A ${kind.name} question?` }),
    ]);
    const terminal = renderStats(stats, PLAIN).join("\n");
    expect(terminal).toContain(`A ${kind.name} question?`);
    const input = { stats, themes: [], actions: [], actionsPromised: 0, generatedOn: "2026-11-28" };
    for (const draw of Object.values(REPORT_FORMATS)) {
      const report = draw(input);
      expect(report).toContain(`A ${kind.name} question?`);
      for (const row of chart?.rows ?? []) expect(report).toContain(row.label.split(":")[0]);
    }
  });
});

describe("the registry", () => {
  it("names each kind once, and gives every kind with a value a prompt, a field of its own and figures", () => {
    const names = KINDS.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    const fields = KINDS.flatMap((kind) => (kind.field ? [kind.field] : []));
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).not.toContain("answer");
    expect(fields).not.toContain("question");
    for (const kind of KINDS.filter((k) => k.field)) {
      expect(kind.prompt, kind.name).toBeDefined();
      expect(kind.tally, kind.name).toBeDefined();
    }
  });
});
