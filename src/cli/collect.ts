/** Commander argument parser for repeatable options: `--tag a --tag b` → `["a", "b"]`. */
export const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];
