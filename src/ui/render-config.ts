import { displayPath } from "./display-path.js";
import { safeOneLine } from "./safe-text.js";
import { padEnd, width } from "./text-width.js";

/** One effective setting: its value, whether it is a path, and where it came from. */
export interface ShownSetting {
  key: string;
  value: unknown;
  isPath: boolean;
  source: string;
}

/** `config`: a line per setting (`key  value  source`), paths shown from the current folder. */
export function renderConfig(settings: readonly ShownSetting[], cwd: string): string[] {
  const shown = ({ value, isPath }: ShownSetting) => {
    if (value === undefined) return "(not set)";
    if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "(none)";
    return isPath ? displayPath(cwd, String(value)) : String(value);
  };
  const rows = settings.map((setting) => [
    setting.key,
    safeOneLine(shown(setting)),
    setting.source.startsWith("/") ? displayPath(cwd, setting.source) : setting.source,
  ]);
  const keyWidth = rows.reduce((most, [key = ""]) => Math.max(most, width(key)), 0);
  const valueWidth = rows.reduce((most, [, value = ""]) => Math.max(most, width(value)), 0);
  return rows.map(
    ([key = "", value = "", source]) =>
      `${padEnd(key, keyWidth)}  ${padEnd(value, valueWidth)}  ${source}`,
  );
}
