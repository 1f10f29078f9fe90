/**
 * The words that open a promised action: "Next time ...", "Action: ...",
 * "La prochaine fois ...", "A l'avenir ..." (with its accent, escaped: the
 * bundle stays ASCII-only, see scripts/build.mjs). The digest lists the
 * sentences they open; themes leaves the words out, as they say how a retro
 * promises, not what it is about ("next time" made "time" a theme of every
 * team that writes its actions so).
 */
/** Those that hold a word themes would count: the others are stop words throughout. */
const COUNTED = String.raw`next time\b|action\s*:|todo\s*:|[a\u00e0] l['\u2019]avenir\b`;
const WORDS = String.raw`${COUNTED}|to do\s*:|(?:la )?prochaine fois\b`;

/** A sentence that starts like a promise, after a list bullet if any. */
export const OPENS_A_PROMISE = new RegExp(String.raw`^(?:[-*\u2022]\s*)?(?:${WORDS})`, "iu");

/**
 * The promise words that themes would count, wherever they are, as whole
 * words. (With the stop words among them, themes took 10% longer.)
 */
export const COUNTED_PROMISE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COUNTED})`, "giu");
