import { describe, expect, it } from "vitest";
import { langOfLocale } from "../../src/domain/lang.js";

describe("the language of the locale", () => {
  it.each([
    [{ LANG: "fr_FR.UTF-8" }, "fr"],
    [{ LANG: "fr" }, "fr"],
    [{ LANG: "fr_BE@euro" }, "fr"],
    [{ LANG: "en_GB.UTF-8" }, "en"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LANG: "POSIX" }, "en"],
    [{ LANG: "french" }, "en"],
    [{}, "en"],
    // As the C library picks the language of messages: LC_ALL, then LC_MESSAGES, then LANG.
    [{ LC_ALL: "C", LC_MESSAGES: "fr_FR", LANG: "fr_FR" }, "en"],
    [{ LC_MESSAGES: "fr_FR", LANG: "en_US" }, "fr"],
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "fr_CA.UTF-8" }, "fr"],
  ])("%j is %s", (env, lang) => {
    expect(langOfLocale(env)).toBe(lang);
  });
});
