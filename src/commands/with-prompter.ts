import { shouldColor } from "../ui/color.js";
import type { Prompter } from "../ui/prompter.js";
import type { Words } from "../ui/words.js";
import type { World } from "../world.js";

/** Runs `use` with the world's prompter (tests) or the real one, closed afterwards. */
export async function withPrompter<T>(
  world: World,
  options: { color?: boolean; words?: Words },
  use: (prompter: Prompter) => Promise<T>,
): Promise<T> {
  const library = options.words?.library;
  const prompter = await world.openPrompter({
    color: shouldColor(world.stderr, world.env, options.color),
    ...(library ? { library } : {}),
  });
  try {
    return await use(prompter);
  } finally {
    prompter.close?.();
  }
}
