// The least a search written in Node does, timed beside `search design` as a
// reference: list the year folders newest first, read every file into one
// buffer, keep the files whose bytes hold the word (ASCII case ignored), and
// print each one's path and the lines that hold it, many files to a write.
// No YAML, no accents, no checks: what is left of `search` without the tool.
// Usage: node bench/bare-search.mjs <folder> <word>
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";

const [dir, word] = process.argv.slice(2);
const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
const lower = Buffer.from(word.toLowerCase());
const buffer = Buffer.allocUnsafe(1 << 16);
let out = [];
for (const year of readdirSync(dir).sort().reverse()) {
  for (const name of readdirSync(join(dir, year)).sort().reverse()) {
    const path = join(dir, year, name);
    const fd = openSync(path, "r");
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    const bytes = buffer.subarray(0, length);
    // The lower-case word is the usual case; any other goes through the pattern.
    if (bytes.indexOf(lower) < 0 && !pattern.test(bytes.latin1Slice())) continue;
    const lines = bytes.toString("utf8").split("\n");
    out.push(`${path}\n${lines.filter((line) => pattern.test(line)).join("\n")}\n`);
    if (out.length === 100) {
      process.stdout.write(out.join("\n"));
      out = [];
    }
  }
}
process.stdout.write(out.join("\n"));
