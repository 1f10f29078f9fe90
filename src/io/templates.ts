import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { DataIssue } from "../domain/issues.js";
import { LANGS, type Lang } from "../domain/lang.js";
import { formatLocated } from "../domain/located.js";
import { checkTemplate, TEMPLATE_ID, type Template } from "../domain/template.js";
import { UsageError } from "../errors.js";
import { describeFsError } from "./fs-errors.js";
import { SHIPPED_TEMPLATES_DIR, shippedYamlData } from "./shipped-yaml.js";
import { readTextFile } from "./text-file.js";

/** Parses and checks one template file; a broken one is a UsageError naming path, line and reason. */
export async function parseTemplateFile(path: string, text: string): Promise<Template> {
  const shipped = shippedYamlData(path, text);
  const fromBuild = shipped && checkedTemplate(path, shipped.data);
  if (fromBuild && "template" in fromBuild) return fromBuild.template;
  // The YAML library is loaded only here, where a file is read that the build has not.
  const { locate, parseYamlSource } = await import("./yaml-source.js");
  const { source, problems } = parseYamlSource(path, text);
  if (problems.length > 0) throw new UsageError(problems.map(formatLocated).join("\n"));
  const checked = checkedTemplate(path, source.doc.toJS());
  if ("template" in checked) return checked.template;
  throw new UsageError(
    checked.issues.map((issue) => formatLocated(locate(source, issue))).join("\n"),
  );
}

/** A template's data checked, and its id against its file name. */
function checkedTemplate(
  path: string,
  data: unknown,
): { template: Template } | { issues: DataIssue[] } {
  const checked = checkTemplate(data);
  const issues = [...checked.issues];
  const stem = basename(path, ".yaml");
  if (checked.value && checked.value.id !== stem) {
    issues.push({
      path: ["id"],
      message: `id "${checked.value.id}" must match the file name "${stem}.yaml"`,
    });
  }
  return checked.value && issues.length === 0 ? { template: checked.value } : { issues };
}

/** The team's templates folder first, so that a team template with a shipped id overrides it. */
export function templateDirs(config: { templates_dir?: string }): string[] {
  return config.templates_dir
    ? [config.templates_dir, SHIPPED_TEMPLATES_DIR]
    : [SHIPPED_TEMPLATES_DIR];
}

/**
 * Finds a template by id in the given folders; the first folder holding it
 * wins. In another language than English, a folder's `<lang>/<id>.yaml`
 * comes before its `<id>.yaml`: a team's own template, in English only,
 * still wins over a shipped one in French.
 */
export async function loadTemplate(
  id: string,
  dirs: readonly string[] = [SHIPPED_TEMPLATES_DIR],
  lang: Lang = "en",
): Promise<Template> {
  if (!TEMPLATE_ID.test(id)) {
    throw new UsageError(`unknown template "${id}": ids are lower-case letters, digits and dashes`);
  }
  for (const dir of dirs) {
    for (const path of [
      ...(lang === "en" ? [] : [join(dir, lang, `${id}.yaml`)]),
      join(dir, `${id}.yaml`),
    ]) {
      const text = await readIfExists(path);
      if (text !== undefined) return await parseTemplateFile(path, text);
    }
  }
  throw new UsageError(`unknown template "${id}"`);
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return readTextFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`${path}: cannot read template (${describeFsError(error)})`);
  }
}

export interface TemplateEntry {
  template: Template;
  path: string;
}

/**
 * Every template in the folders, the first folder winning for an id (the
 * team's before the shipped ones). A broken file is reported and left out.
 */
export async function listTemplates(
  dirs: readonly string[],
  onProblem: (message: string) => void,
): Promise<TemplateEntry[]> {
  const found = new Map<string, TemplateEntry>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((name) => name.endsWith(".yaml"))
        .sort();
    } catch (error) {
      onProblem(
        `${dir}: cannot read the templates folder (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const id = basename(name, ".yaml");
      if (found.has(id)) continue;
      try {
        found.set(id, { template: await parseTemplateFile(path, readTextFile(path)), path });
      } catch (error) {
        onProblem(
          error instanceof UsageError ? error.message : `${path}: ${describeFsError(error)}`,
        );
      }
    }
  }
  return [...found.values()];
}

/** What the templates of some folders say about their questions, by question id. */
export interface TemplateTexts {
  /** Every text and hint a question is asked with, in every language: words every answer echoes. */
  wording: Map<string, string[]>;
  /** Each checklist option's label, as the first folder (the team's, in English) gives it. */
  labels: Map<string, Map<string, string>>;
}

export async function templateTexts(dirs: readonly string[]): Promise<TemplateTexts> {
  const texts: TemplateTexts = { wording: new Map(), labels: new Map() };
  const folders = [
    ...dirs,
    ...dirs.flatMap((dir) => LANGS.filter((lang) => lang !== "en").map((lang) => join(dir, lang))),
  ];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    // A broken template is reported where it is used (new, templates); here it only lends no words.
    for (const { template } of await listTemplates([folder], () => {})) {
      for (const question of template.questions) {
        const words = texts.wording.get(question.id) ?? [];
        texts.wording.set(question.id, [
          ...words,
          question.text,
          ...(question.hint ? [question.hint] : []),
        ]);
        const options = Array.isArray(question.options)
          ? (question.options as { id: string; label: string }[])
          : [];
        const labels = texts.labels.get(question.id) ?? new Map<string, string>();
        for (const option of options)
          if (!labels.has(option.id)) labels.set(option.id, option.label);
        if (options.length > 0) texts.labels.set(question.id, labels);
      }
    }
  }
  return texts;
}
