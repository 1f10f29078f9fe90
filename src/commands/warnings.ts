import type { Located } from "../domain/located.js";
import type { World } from "../world.js";

/** Passes the warnings of a command on to the world to print, and counts them (for --strict). */
export class Warnings {
  count = 0;
  constructor(readonly world: World) {}
  readonly report = (warning: Located) => {
    this.count++;
    this.world.progress({ type: "warning", warning });
  };
}
