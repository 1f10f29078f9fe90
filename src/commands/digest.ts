import { localDate } from "../domain/dates.js";
import { DigestBuilder, type DigestInput } from "../domain/digest.js";
import { DIGEST_FORMAT_NAMES, DIGEST_GROUPINGS, isOneOf } from "../domain/learn-choices.js";
import { ExitCode, UsageError } from "../errors.js";
import { loadPalette, PLAIN, shouldColor } from "../ui/color.js";
import { DIGEST_FORMATS } from "../ui/digest-formats.js";
import { renderDigest } from "../ui/render-digest.js";
import { terminalColumns, type World } from "../world.js";
import { refuseOutputInRetros, streamDocument } from "./emit-document.js";
import { eachFoundRetro, type FilterOptions } from "./find-retros.js";
import { learningPeriod, previousThemes, sayWhenOlder } from "./learning-period.js";
import { type Drained, streamOutput } from "./stream-output.js";

export interface DigestOptions extends FilterOptions {
  by?: string;
  format?: string;
  output?: string;
  color?: boolean;
}

/** The last week (or --since's period): every answer, the themes that recur, the actions promised. */
export async function digestCommand(options: DigestOptions, world: World): Promise<number> {
  const by = options.by ?? "role";
  if (!isOneOf(DIGEST_GROUPINGS, by))
    throw new UsageError(`--by takes ${DIGEST_GROUPINGS.join(", ")}`);
  // A file gets Markdown unless told otherwise; the terminal, text.
  const format = options.format ?? (options.output !== undefined ? "md" : "text");
  const draw = isOneOf(DIGEST_FORMAT_NAMES, format) ? DIGEST_FORMATS[format] : undefined;
  if (format !== "text" && !draw)
    throw new UsageError(`--format takes text, ${DIGEST_FORMAT_NAMES.join(" or ")}`);
  const period = await learningPeriod(options, world, "7d");
  refuseOutputInRetros(world, options.output, period.dir);
  const builder = new DigestBuilder(by, period.until.slice(0, 7));
  await eachFoundRetro(period.dir, period.current, period.warnings, {}, ({ retro }) =>
    builder.add(retro),
  );
  const input: DigestInput = {
    digest: builder.result(await previousThemes(period), period.texts),
    ...(period.current.since ? { since: period.current.since } : {}),
    until: period.until,
    generatedOn: localDate(world.now()),
  };
  // Written a line at a time: a year's digest is as long as its answers, and is never held whole.
  if (draw || options.output !== undefined) {
    const lines = draw ? draw(input) : renderDigest(input, PLAIN);
    await streamDocument(world, options.output, writeLines(lines));
  } else {
    // Text from the retros is escaped by the renderer: the colours go through as they are.
    const palette = await loadPalette(shouldColor(world.stdout, world.env, options.color));
    const columns = terminalColumns(world.stdout);
    await streamOutput(world, writeLines(renderDigest(input, palette, columns)));
  }
  sayWhenOlder(input.digest.total, options, period, world);
  return ExitCode.ok;
}

/** Writes each line as it is drawn, waiting whenever the reader of the output falls behind. */
const writeLines =
  (lines: Iterable<string>) =>
  async (write: (text: string) => void, drained: Drained): Promise<string> => {
    for (const line of lines) {
      write(`${line}\n`);
      const wait = drained();
      if (wait) await wait;
    }
    return "the digest";
  };
