import { addDays, localDate } from "../domain/dates.js";
import { eachRetroIn } from "../io/retro-store.js";
import type { World } from "../world.js";
import { type EraseOptions, erase } from "./erase.js";
import { configWithDir, retrosDir } from "./find-retros.js";
import { Warnings } from "./warnings.js";

export interface PruneOptions extends EraseOptions {
  dir?: string;
}

/** Deletes the retros past their `expires_on` (or, for a file without one, their date plus the retention days). */
export async function pruneCommand(options: PruneOptions, world: World): Promise<number> {
  const { values } = await configWithDir(options, world);
  const dir = await retrosDir(options, world);
  const today = localDate(world.now());
  // Of the expired, only the path and date are kept as the folder is read.
  const expired: { path: string; date: string }[] = [];
  await eachRetroIn(
    { dir, withoutAnswerText: true, onWarning: new Warnings(world).report },
    ({ path, retro }) => {
      if ((retro.expires_on ?? addDays(retro.date, values.retention_days)) < today)
        expired.push({ path, date: retro.date });
    },
  );
  expired.sort((a, b) => (a.date < b.date ? -1 : 1));
  return erase(
    expired.map(({ path }) => path),
    {
      title: `retros past their retention date (before ${today})`,
      commitMessage: `retro: prune ${expired.length} expired ${expired.length === 1 ? "retro" : "retros"}`,
    },
    options,
    world,
  );
}
