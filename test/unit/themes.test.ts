import { describe, expect, it } from "vitest";
import { prng } from "../../bench/prng.mjs";
import { STOP_WORDS } from "../../src/domain/stop-words.js";
import { PhraseCount, questionWords, themesOf, wordKey } from "../../src/domain/themes.js";

const QUESTION = {
  en: "How could we spot signs of difficulty earlier? When did the first sign show, and what would have shown it sooner?",
  fr: "Comment aurions-nous pu repérer plus tôt les signes de difficulté ? Quand le premier signe est-il apparu ?",
};

/** Filler sentences: grammar words, the question's own words, and forty words each used rarely. */
const FILLER = {
  en: {
    glue: ["the", "and", "then", "we", "they", "it", "was", "of", "to", "with", "a"],
    words:
      "weather coffee office laptop morning tuesday notebook window lunch parking badge camera microphone chair elevator printer hallway calendar umbrella sandwich keyboard monitor headset corridor desk plant lamp bottle jacket train bicycle ticket receipt folder marker stapler poster carpet ceiling radiator".split(
        " ",
      ),
  },
  fr: {
    glue: ["le", "la", "les", "et", "puis", "nous", "il", "était", "de", "avec", "un", "une"],
    words:
      "météo café bureau ordinateur matin mardi carnet fenêtre déjeuner parking badge caméra micro chaise ascenseur imprimante couloir calendrier parapluie sandwich clavier écran casque table plante lampe bouteille veste train vélo ticket reçu dossier marqueur agrafeuse affiche tapis plafond radiateur".split(
        " ",
      ),
  },
};

/**
 * Planted themes, each in a known share of the retros, written in varying
 * ways (case, accents, plural) that must count as one.
 */
const PLANTED = {
  en: [
    { forms: ["system design", "System Design", "system designs"], share: 0.8 },
    { forms: ["time pressure", "Time pressure"], share: 0.6 },
    { forms: ["live coding", "Live-coding"], share: 0.45 },
  ],
  fr: [
    {
      forms: ["conception de système", "Conception de systèmes", "conception de systeme"],
      share: 0.8,
    },
    { forms: ["débogage", "Debogage", "débogages"], share: 0.6 },
    { forms: ["pression du temps", "Pression du temps"], share: 0.45 },
  ],
};

function corpus(lang: "en" | "fr", seed: number, size: number, planted = PLANTED[lang]) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const filler = FILLER[lang];
  return Array.from({ length: size }, (_, i) => {
    const sentences: string[] = [];
    // Three filler sentences; the question's own words in most answers ("difficulty", "signs").
    for (let s = 0; s < 3; s++) {
      const words = Array.from({ length: 6 }, () =>
        random() < 0.6 ? pick(filler.glue) : pick(filler.words),
      );
      sentences.push(words.join(" "));
    }
    sentences.push(
      lang === "en" ? "the difficulty signs were there" : "les signes de difficulté étaient là",
    );
    // Exactly round(share × size) retros hold each planted theme: the first ones, shuffled in place below.
    for (const { forms, share } of planted) {
      if (i < Math.round(share * size))
        sentences.push(`${pick(filler.glue)} ${pick(forms)} ${pick(filler.glue)}`);
    }
    if (i === 0)
      sentences.push(lang === "en" ? "a unique zeppelin remark" : "une remarque de dirigeable");
    for (let j = sentences.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [sentences[j], sentences[k]] = [sentences[k] as string, sentences[j] as string];
    }
    return {
      id: `2026-11-${String((i % 28) + 1).padStart(2, "0")}-r${i}`,
      text: `${sentences.join(". ")}.`,
    };
  });
}

function count(answers: { id: string; text: string }[]) {
  const phrases = new PhraseCount();
  for (const { id, text } of answers) phrases.add(id, text);
  return phrases;
}

describe.each(["en", "fr"] as const)("recurring themes (%s)", (lang) => {
  const answers = corpus(lang, 7, 60);
  const excluded = questionWords([QUESTION[lang]]);
  const themes = themesOf(count(answers), undefined, excluded);

  it("ranks the planted themes first, in the order of their frequency, each counted once whatever its form", () => {
    const [first, second, third] = PLANTED[lang];
    expect(themes.slice(0, 3).map((theme) => [theme.retros, theme.share])).toEqual([
      [48, 0.8],
      [36, 0.6],
      [27, 0.45],
    ]);
    // Written as most answers write it.
    expect(first?.forms.map((form) => form.toLowerCase())).toContain(themes[0]?.phrase);
    expect(second?.forms.map((form) => form.toLowerCase())).toContain(themes[1]?.phrase);
    expect(third?.forms.map((form) => form.toLowerCase())).toContain(themes[2]?.phrase);
    expect(themes[0]?.ids).toHaveLength(48);
  });

  it("prefers a phrase to its own words when they always come together", () => {
    const phrases = themes.map((theme) => theme.phrase);
    for (const word of lang === "en"
      ? ["system", "design", "pressure", "coding"]
      : ["conception", "systeme", "pression"])
      expect(phrases.map(wordKey)).not.toContain(wordKey(word));
  });

  it("never ranks a stop word, a word of the question, or a phrase of a single retro", () => {
    for (const theme of themes) {
      const words = theme.phrase.split(/[\s-]+/).map(wordKey);
      expect(STOP_WORDS.has(words[0] as string)).toBe(false);
      expect(STOP_WORDS.has(words.at(-1) as string)).toBe(false);
      expect(words).not.toContain("difficulty");
      expect(words).not.toContain("difficulte");
      expect(words).not.toContain("sign");
      expect(words).not.toContain("signe");
      expect(theme.retros).toBeGreaterThanOrEqual(2);
    }
    expect(themes.map((theme) => theme.phrase).join(" ")).not.toMatch(/zeppelin|dirigeable/);
  });

  it("compares with the previous period: new, rising, steady, and fading for a theme planted only before", () => {
    const before = corpus(lang, 11, 60, [
      ...PLANTED[lang].slice(0, 2).map((theme, i) => ({ ...theme, share: i === 0 ? 0.8 : 0.2 })),
      { forms: lang === "en" ? ["whiteboard"] : ["tableau blanc"], share: 0.5 },
    ]);
    const compared = themesOf(count(answers), count(before), excluded);
    const trend = (phrase: string) =>
      compared.find((theme) => wordKey(theme.phrase) === wordKey(phrase))?.trend;
    const [first, second, third] = PLANTED[lang].map(({ forms }) => forms[0] as string);
    expect(trend(first as string)).toBe("steady");
    expect(trend(second as string)).toBe("rising");
    expect(trend(third as string)).toBe("new");
    const fading = compared.find(
      (theme) => theme.phrase === (lang === "en" ? "whiteboard" : "tableau blanc"),
    );
    expect(fading).toMatchObject({ retros: 0, trend: "fading" });
    // After the themes of the period.
    expect(compared.indexOf(fading as (typeof compared)[number])).toBeGreaterThanOrEqual(3);
  });

  it("keeps a theme's newest ids only, when told how many, whatever order the retros come in", () => {
    const [all, five, none] = [undefined, 5, 0].map((kept) => {
      const phrases = new PhraseCount(kept);
      for (const { id, text } of [...answers].reverse()) phrases.add(id, text);
      return themesOf(phrases, undefined, excluded);
    });
    expect(five?.map((theme) => theme.retros)).toEqual(all?.map((theme) => theme.retros));
    expect(five?.map((theme) => theme.ids)).toEqual(all?.map((theme) => theme.ids.slice(0, 5)));
    expect(none?.every((theme) => theme.ids.length === 0)).toBe(true);
  });

  it("gives the same themes for the same answers", () => {
    expect(themesOf(count([...answers].reverse()), undefined, excluded)).toEqual(themes);
  });
});

describe("the words that open a promise", () => {
  it("are no theme in either language, though the same words elsewhere are counted", () => {
    const answers = [
      "Next time: start from their project. We ran out of time.",
      "Next time we ask about their project. Action: a shorter warm-up.",
      "À l'avenir, partir de leur projet. Action : un échauffement plus court.",
      "A l’avenir, partir de leur projet. TODO: a shorter warm-up.",
      "Il faudra partir de leur projet. Nous devrions aller plus vite.",
      "Nous devrions partir de leur projet. Il faudra aller plus vite.",
    ].map((text, i) => ({ id: `2026-11-0${i + 1}-r${i}`, text }));
    const phrases = themesOf(count(answers), undefined, new Set()).map((theme) => theme.phrase);
    expect(phrases).toEqual(expect.arrayContaining(["project", "projet", "shorter warm-up"]));
    for (const word of ["time", "action", "todo", "avenir", "faudra", "devrions"])
      expect(phrases).not.toContain(word);
    // "time" outside "next time", in one retro: counted there, not a theme of one retro.
    expect(count(answers).mentionsOf(wordKey("time")).count).toBe(1);
  });
});

describe("hyphenated words", () => {
  const answers = [
    "The trade-offs came late. A long warm-up; the take-home review helped.",
    "Trade-offs again, after the SQL warm-up. The take home review helped.",
    "We skipped the warm-up. No trade offs at all. Take-home review: fine.",
  ].map((text, i) => ({ id: `2026-11-0${i + 1}-r${i}`, text }));
  const phrases = themesOf(count(answers), undefined, new Set()).map((theme) => theme.phrase);

  it("are written with their hyphen when most retros that mention them write it", () => {
    expect(phrases).toEqual(expect.arrayContaining(["warm-up", "trade-offs", "take-home review"]));
  });

  it("keep a stop word a hyphen joins (warm-up), never alone, nor the word without it", () => {
    for (const word of ["up", "off", "offs", "warm", "trade"]) expect(phrases).not.toContain(word);
  });

  it("are written with a space when most retros that mention them write one", () => {
    const spaced = [
      "Pair programming went well.",
      "The pair programming part.",
      "Pair-programming.",
    ];
    const themes = themesOf(
      count(spaced.map((text, i) => ({ id: `2026-11-0${i + 1}-r${i}`, text }))),
      undefined,
      new Set(),
    );
    expect(themes.map((theme) => theme.phrase)).toEqual(["pair programming"]);
  });

  it("are no theme when every word is a stop word or a number (2-3, one-on-one)", () => {
    const numbers = ["A 2-3 minute one-on-one chat.", "Then 2-3 more, one-on-one."].map(
      (text, i) => ({ id: `2026-11-0${i + 1}-r${i}`, text }),
    );
    const themes = themesOf(count(numbers), undefined, new Set()).map((theme) => theme.phrase);
    expect(themes).toEqual([]);
  });
});

describe("words", () => {
  it.each([
    ["indexes", "index"],
    ["Index", "index"],
    ["queries", "query"],
    ["classes", "class"],
    ["status", "status"],
    ["analysis", "analysis"],
    ["Débogages", "debogage"],
    ["journaux", "journal"],
    ["réseaux", "reseau"],
    ["jeux", "jeu"],
  ])("%s is counted as %s", (word, key) => {
    expect(wordKey(word)).toBe(key);
  });
});

describe("a very long answer", () => {
  it("gives its first pages to the themes, and none of a pasted megabyte after them", () => {
    const count = new PhraseCount();
    // Words of letters only, none alike: a phrase each, as in a pasted log.
    const letters = (n: number) =>
      n.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)] as string);
    const paste = Array.from({ length: 150_000 }, (_, i) => `z${letters(i)}`).join(" ");
    for (const id of ["r1", "r2", "r3"])
      count.add(id, `The pairing exercise came too late. ${paste} Then the hiring committee.`);
    expect(count.mentionsOf(`${wordKey("pairing")} ${wordKey("exercise")}`).count).toBe(3);
    expect(count.mentionsOf(`${wordKey("hiring")} ${wordKey("committee")}`).count).toBe(0);
  });
});
