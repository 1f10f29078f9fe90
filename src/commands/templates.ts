import { ExitCode, UsageError } from "../errors.js";
import { loadConfig } from "../io/config.js";
import { SHIPPED_TEMPLATES_DIR } from "../io/shipped-yaml.js";
import { listTemplates, templateDirs } from "../io/templates.js";
import { displayPath } from "../ui/display-path.js";
import { renderTemplate, renderTemplateList } from "../ui/render-templates.js";
import { safeOneLine, toJson } from "../ui/safe-text.js";
import { terminalColumns, type World } from "../world.js";

/** `templates [list]` and `templates show <id>`: the question sets on offer. */
export async function templatesCommand(
  action: string | undefined,
  id: string | undefined,
  options: { json?: boolean },
  world: World,
): Promise<number> {
  const { values } = await loadConfig({ cwd: world.cwd, env: world.env });
  let problems = 0;
  const entries = await listTemplates(templateDirs(values), (message) => {
    problems++;
    world.stderr.write(`warning: ${message}\n`);
  });
  const shown = entries.map(({ template, path }) => ({
    template,
    where: path.startsWith(SHIPPED_TEMPLATES_DIR) ? "shipped" : displayPath(world.cwd, path),
    path,
  }));
  const json = (value: unknown) => world.stdout.write(toJson(value));
  if (action === undefined || action === "list") {
    if (options.json) json(entries.map(({ template, path }) => ({ ...template, path })));
    else world.stdout.write(lines(renderTemplateList(shown)));
    return !options.json && problems > 0 ? ExitCode.problem : ExitCode.ok;
  }
  if (action !== "show")
    throw new UsageError(`unknown action "${action}": templates list, or templates show <id>`);
  if (id === undefined)
    throw new UsageError(
      "templates show needs a template id: interview-retro templates show default",
    );
  const entry = shown.find(({ template }) => template.id === id);
  if (!entry)
    throw new UsageError(
      `unknown template "${safeOneLine(id)}"; there are: ${shown.map(({ template }) => template.id).join(", ")}`,
    );
  if (options.json) json({ ...entry.template, path: entry.path });
  else {
    world.stdout.write(lines(renderTemplate(entry, terminalColumns(world.stdout))));
  }
  return ExitCode.ok;
}

const lines = (text: readonly string[]) => (text.length > 0 ? `${text.join("\n")}\n` : "");
