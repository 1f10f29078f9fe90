import { contextFieldProblem } from "../domain/context-fields.js";
import { referenceTerms } from "../domain/search.js";
import { UsageError } from "../errors.js";
import { deleteDraft, listDrafts } from "../io/drafts.js";
import { scanRetros } from "../io/retro-store.js";
import { safeOneLine } from "../ui/safe-text.js";
import type { World } from "../world.js";
import { type EraseOptions, erase } from "./erase.js";
import { retrosDir } from "./find-retros.js";
import { Warnings } from "./warnings.js";

export interface ForgetOptions extends EraseOptions {
  dir?: string;
}

/** A request for erasure: every retro of one candidate, and the unfinished drafts about them. */
export async function forgetCommand(
  reference: string,
  options: ForgetOptions,
  world: World,
): Promise<number> {
  const problem = contextFieldProblem("candidate", reference);
  if (problem) throw new UsageError(`forget: ${problem}`);
  const wanted = reference.trim().toLowerCase();
  const dir = await retrosDir(options, world);
  const found = (
    await scanRetros({
      dir,
      rawTerms: referenceTerms(reference),
      onWarning: new Warnings(world).report,
    })
  ).filter(({ retro }) => retro.candidate.toLowerCase() === wanted);
  const drafts = listDrafts(world.env).filter(
    (draft) => draft.context.candidate?.toLowerCase() === wanted,
  );
  return erase(
    found.map(({ path }) => path),
    {
      title: `retros about ${safeOneLine(reference)}`,
      commitMessage: `retro: forget a candidate (${found.length} ${found.length === 1 ? "retro" : "retros"})`,
    },
    options,
    world,
    {
      count: drafts.length,
      remove: () => {
        for (const draft of drafts) deleteDraft(world.env, draft.id);
      },
    },
  );
}
