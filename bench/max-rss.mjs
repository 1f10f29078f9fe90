// Preloaded with --import: records the process's peak memory (KiB) at exit.
//
// Linux's VmHWM: the peak of this program's own memory. getrusage's maxRSS
// (process.resourceUsage) is no good here: Linux carries it over from the
// process that forked this one, so a command spawned by a parent of 128 MiB
// (the benchmark, after capturing a 16 MB export) reported 128 MiB whatever
// it used. maxRSS is the fallback where /proc is missing.
import { readFileSync, writeFileSync } from "node:fs";

function peakKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {}
  return process.resourceUsage().maxRSS;
}

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(peakKiB())));
