/**
 * The languages the questions and the prompts of `new` and `resume` are
 * asked in. English is the default and the language of everything else.
 */
export const LANGS = ["en", "fr"] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang =>
  (LANGS as readonly unknown[]).includes(value);

/**
 * The language of the user's locale, as the C library picks the language of
 * messages: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (`fr_FR.UTF-8` is
 * French); English for any other or none.
 */
export function langOfLocale(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value) ?? "";
  const language = /^[a-z]{2,3}(?=$|[_.@-])/i.exec(locale)?.[0]?.toLowerCase();
  return isLang(language) ? language : "en";
}
