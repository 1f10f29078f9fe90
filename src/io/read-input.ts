import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { formatLocated } from "../domain/located.js";
import { UsageError } from "../errors.js";
import { utf8Text } from "./utf8.js";

/** At most this much is read from a `--from` file or stdin: answers, not a data dump. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a YAML or JSON map from a file, or from stdin for `-`. Every scalar
 * is read as a string (the failsafe schema): an answer `no`, `0123` or
 * `2026-11-27` stays exactly what was written.
 */
export async function readInput(
  from: string,
  { cwd, stdin }: { cwd: string; stdin: NodeJS.ReadableStream },
): Promise<unknown> {
  const name = from === "-" ? "<stdin>" : from;
  const bytes =
    from === "-" ? await readBounded(stdin, "--from -") : await readBoundedFile(from, cwd);
  const text = utf8Text(bytes, name);
  if (typeof text !== "string") throw new UsageError(formatLocated(text));
  const { parseYamlSource, sourceData } = await import("./yaml-source.js");
  const { source, problems } = parseYamlSource(name, text, { schema: "failsafe" });
  if (problems.length > 0) throw new UsageError(problems.map(formatLocated).join("\n"));
  const read = sourceData(source);
  if ("problem" in read) throw new UsageError(formatLocated(read.problem));
  return read.data;
}

/** Read as a stream, so that a device (`/dev/zero`) or a fifo stops at the limit too. */
async function readBoundedFile(path: string, cwd: string): Promise<Buffer> {
  try {
    return await readBounded(createReadStream(resolve(cwd, path)), `--from ${path}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `--from ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

async function readBounded(stream: NodeJS.ReadableStream, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`${what}: more than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
