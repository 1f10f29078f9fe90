import type { Located } from "../domain/located.js";
import type { World } from "../world.js";

/**
 * Passes the warnings of a command on to the world to print, and counts them
 * (for --strict). Each once: `digest` and `themes` read the folder twice (the
 * period, and the one before for the trends), and met the same bad entries twice.
 */
export class Warnings {
  count = 0;
  private readonly seen = new Set<string>();
  constructor(readonly world: World) {}
  readonly report = (warning: Located) => {
    const key = `${warning.path}\0${warning.line}\0${warning.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.count++;
    this.world.progress({ type: "warning", warning });
  };
}
