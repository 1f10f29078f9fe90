/**
 * The words that open a promised action: "Next time ...", "Action: ...",
 * "We should ...", "La prochaine fois ...", "A l'avenir ...", "Il faudra ..."
 * (with its accent, escaped: the bundle stays ASCII-only, see
 * scripts/build.mjs); "We should have ..." looks back, a regret, not a
 * promise. The digest lists the sentences they open; themes leaves the words
 * out, as they say how a retro promises, not what it is about ("next time"
 * made "time" a theme of every team that writes its actions so).
 */
/** Those that hold a word themes would count: the others are stop words throughout. */
const COUNTED = String.raw`next time\b|action\s*:|todo\s*:|[a\u00e0] l['\u2019]avenir\b`;
const ENGLISH = String.raw`to do\s*:|we should\b(?!\s+have\b|['\u2019]ve\b)|we(?: will|['\u2019]ll)\b`;
const FRENCH = String.raw`(?:la )?prochaine fois\b|on devrait\b|nous devrions\b|il faudra\b`;
const WORDS = `${COUNTED}|${ENGLISH}|${FRENCH}`;

/** A sentence that starts like a promise, after a list bullet if any. */
export const OPENS_A_PROMISE = new RegExp(String.raw`^(?:[-*\u2022]\s*)?(?:${WORDS})`, "iu");

/**
 * The promise words that themes would count, wherever they are, as whole
 * words. (With the stop words among them, themes took 10% longer.)
 */
export const COUNTED_PROMISE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${COUNTED})`, "giu");
