import { shouldColor } from "../ui/color.js";
import type { Prompter } from "../ui/prompter.js";
import type { World } from "../world.js";

/** Runs `use` with the world's prompter (tests) or the real one, closed afterwards. */
export async function withPrompter<T>(
  world: World,
  options: { color?: boolean },
  use: (prompter: Prompter) => Promise<T>,
): Promise<T> {
  const prompter = await world.openPrompter({
    color: shouldColor(world.stderr, world.env, options.color),
  });
  try {
    return await use(prompter);
  } finally {
    prompter.close?.();
  }
}
