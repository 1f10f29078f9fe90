// Time to the first prompt of `new` in a pseudo-terminal, as an interviewer
// feels it: from the spawn to the moment "Candidate reference" is on the
// screen. Bare `node -e 0` is timed in the same pseudo-terminal, to its exit.
import { spawn } from "@lydell/node-pty";

const PROMPT = "Candidate reference";

/** Milliseconds until `until` is on the screen, or until the process exits when it is undefined. */
export function ptyMs(argv, { cwd, env, until }) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    const pty = spawn(argv[0], argv.slice(1), {
      cwd,
      env,
      cols: 120,
      rows: 40,
      name: "xterm-256color",
    });
    let screen = "";
    let done = false;
    const timer = setTimeout(() => {
      if (!done) pty.kill();
      reject(new Error(`${argv.join(" ")}: no "${until}" after 20 s:\n${screen}`));
    }, 20_000);
    pty.onData((data) => {
      screen += data;
      if (!done && until !== undefined && screen.includes(until)) {
        done = true;
        const ms = elapsed();
        clearTimeout(timer);
        pty.kill();
        resolve(ms);
      }
    });
    pty.onExit(() => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (until === undefined) resolve(elapsed());
      else reject(new Error(`${argv.join(" ")} exited before "${until}":\n${screen}`));
    });
  });
}

/** Median first-prompt time of `new`, and of bare node to its exit, interleaved. */
export async function firstPrompt({ node, bin, cwd, env, runs }) {
  const ours = [];
  const bare = [];
  for (let round = 0; round < runs; round++) {
    const pair = [
      async () => ours.push(await ptyMs([node, bin, "new"], { cwd, env, until: PROMPT })),
      async () => bare.push(await ptyMs([node, "-e", "0"], { cwd, env })),
    ];
    if (round % 2) pair.reverse();
    for (const run of pair) await run();
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { prompt: median(ours), node: median(bare) };
}
