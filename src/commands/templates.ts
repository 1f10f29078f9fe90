import { kindOf } from "../domain/answer-kinds/index.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { listTemplates, SHIPPED_TEMPLATES_DIR, templateDirs } from "../io/templates.js";
import { displayPath } from "../ui/display-path.js";
import { padEnd, width } from "../ui/text-width.js";
import type { World } from "../world.js";

/** `templates [list]` and `templates show <id>`: the question sets on offer. */
export async function templatesCommand(
  action: string | undefined,
  id: string | undefined,
  options: { json?: boolean },
  world: World,
): Promise<number> {
  const { values } = await loadConfig({ cwd: world.cwd, env: world.env });
  let problems = 0;
  const entries = listTemplates(templateDirs(values), (message) => {
    problems++;
    world.stderr.write(`warning: ${message}\n`);
  });
  if (action === undefined || action === "list") {
    if (options.json) {
      world.stdout.write(
        `${JSON.stringify(
          entries.map(({ template, path }) => ({ ...template, path })),
          null,
          2,
        )}\n`,
      );
      return ExitCode.ok;
    }
    const rows = entries.map(({ template, path }) => [
      template.id,
      `v${template.version}`,
      `${template.questions.length} questions`,
      template.title,
      path.startsWith(SHIPPED_TEMPLATES_DIR) ? "shipped" : displayPath(world.cwd, path),
    ]);
    const widths = [0, 1, 2].map((column) =>
      Math.max(...rows.map((row) => width(row[column] ?? ""))),
    );
    for (const row of rows) {
      world.stdout.write(
        `${row
          .slice(0, 3)
          .map((cell, i) => padEnd(cell ?? "", widths[i] ?? 0))
          .join("  ")}  ${row[3]}  (${row[4]})\n`,
      );
    }
    return problems > 0 ? ExitCode.problem : ExitCode.ok;
  }
  if (action !== "show")
    throw new UsageError(`unknown action "${action}": templates list, or templates show <id>`);
  if (id === undefined)
    throw new UsageError(
      "templates show needs a template id: interview-retro templates show default",
    );
  const entry = entries.find(({ template }) => template.id === id);
  if (!entry)
    throw new UsageError(
      `unknown template "${id}"; there are: ${entries.map(({ template }) => template.id).join(", ")}`,
    );
  const { template, path } = entry;
  if (options.json) {
    world.stdout.write(`${JSON.stringify({ ...template, path }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const lines = [
    `${template.id} v${template.version}: ${template.title}`,
    `(${displayPath(world.cwd, path)})`,
  ];
  if (template.description) lines.push("", template.description);
  template.questions.forEach((question, index) => {
    lines.push(
      "",
      `${index + 1}. ${question.text}`,
      `   id: ${question.id} · ${kindOf(question).describe(question)}${question.required ? "" : " · optional"}`,
    );
    if (question.hint) lines.push(`   ${question.hint}`);
  });
  world.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.ok;
}
