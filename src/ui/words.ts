import type { Lang } from "../domain/lang.js";

/**
 * What `new` and `resume` say to the person answering, in each language:
 * prompts, hints, confirmations. Everything else the tool prints (other
 * commands, errors of flags, files) stays English.
 */
export interface Words {
  lang: Lang;
  candidate: string;
  candidateHint: string;
  /** Asked when a candidate reference looks like a name, an email… */
  keepIdentifying: (reason: string) => string;
  role: string;
  roleHint: string;
  stage: string;
  other: string;
  interviewer: string;
  date: string;
  dateHint: string;
  /** Monday, lundi… from 0 (Sunday). */
  weekdays: readonly string[];
  tags: string;
  tagsHint: string;
  notes: string;
  /** How to answer a text question. */
  keepEarlier: (preview: string, keyword: string) => string;
  oneLine: string;
  optional: (keyword: string) => string;
  answerRequired: string;
  /** The name shown for a verdict (yes, partly, no). */
  verdicts: Readonly<Record<string, string>>;
  /** The last comment line of the file handed to the editor. */
  editorGuide: string;
  editorFailed: (why: string) => string;
  editFlagged: string;
  answerAgainStrict: string;
  answerAgainEdit: string;
  /** ":" in English, " :" in French. */
  colon: string;
  resumeHint: string;
  cancelled: (resumeHint: string) => string;
  nothingWritten: string;
  saved: string;
  next: string;
  /** A retro dated so long ago that its retention date has passed already. */
  expired: (expiresOn: string) => string;
  /** `1 unfinished retro is waiting (ats-48213, 2 hours old)`. */
  waiting: (count: number, shown: readonly string[]) => string;
  more: (count: number) => string;
  age: (amount: number, unit: "minute" | "hour" | "day") => string;
  justNow: string;
  noCandidateYet: string;
  keepAndGoOn: string;
  whichRetro: string;
  resuming: (id: string, answered: number, total: number) => string;
  /** The prompt library's own words, when not English. */
  library?: LibraryWords;
}

/** What the prompt library shows of its own: the keys' help line, yes and no. */
export interface LibraryWords {
  /** By the library's English name of a key's action (navigate, select, submit…). */
  actions: Readonly<Record<string, string>>;
  yes: string;
  no: string;
  answerWith: (yes: string, no: string) => string;
}

const en: Words = {
  lang: "en",
  candidate: "Candidate reference",
  candidateHint: "An opaque reference such as an ATS id (ats-48213): never a name or an email.",
  keepIdentifying: (reason) =>
    `This reference may identify the candidate: ${reason}. Retros should hold an opaque id. Keep it anyway?`,
  role: "Role",
  roleHint: "For example backend, frontend, data. Enter to skip.",
  stage: "Interview stage",
  other: "Other…",
  interviewer: "Interviewer",
  date: "Interview date",
  dateHint:
    "YYYY-MM-DD, today, yesterday, a weekday (monday, last friday), 3 days ago, 27 nov, -2 (hier, lundi too).",
  weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  tags: "Tags",
  tagsHint: "Words separated by commas or spaces, for example remote, pairing. Enter to skip.",
  notes: "Notes",
  keepEarlier: (preview, keyword) =>
    `Enter keeps your earlier answer (${preview}); ${keyword} edits it in your editor.`,
  oneLine:
    "One line, then Enter. For a longer answer, press Enter on an empty line to open your editor.",
  optional: (keyword) =>
    `Optional: Enter to skip. Type ${keyword} and Enter to write it in your editor.`,
  answerRequired: "An answer is required: type it on one line, or write it in your editor.",
  verdicts: {},
  editorGuide: "Write the answer above these lines, which are removed when you save.",
  editorFailed: (why) => `${why}: nothing was taken from it.`,
  editFlagged: "Edit these answers before the retro is written? (No keeps them as they are)",
  answerAgainStrict: "Answer these again without personal details:",
  answerAgainEdit: "Enter keeps an answer, :e edits it in your editor:",
  colon: ":",
  resumeHint: "run `interview-retro resume` to continue",
  cancelled: (hint) =>
    `Cancelled — nothing was written to the retros folder. Your answers are kept in a draft: ${hint}.`,
  nothingWritten: "Cancelled — nothing was written.",
  saved: "Retro saved:",
  next: "Next:",
  expired: (day) =>
    `Its retention date (${day}) has passed already: the next "interview-retro prune" deletes it.`,
  waiting: (count, shown) =>
    `${count === 1 ? "1 unfinished retro is" : `${count} unfinished retros are`} waiting (${shown.join("; ")})`,
  more: (count) => `${count} more`,
  age: (amount, unit) => `${amount} ${unit}${amount === 1 ? "" : "s"} old`,
  justNow: "just now",
  noCandidateYet: "no candidate yet",
  keepAndGoOn:
    "Keep these answers and go on? (No: go through every question again, your answers offered as defaults)",
  whichRetro: "Which retro do you want to finish?",
  resuming: (id, answered, total) => `Resuming ${id}: ${answered} of ${total} questions answered.`,
};

const fr: Words = {
  lang: "fr",
  candidate: "Référence de la personne candidate",
  candidateHint:
    "Une référence opaque, comme un identifiant d'ATS (ats-48213) : jamais un nom ni un e-mail.",
  keepIdentifying: (reason) =>
    `Cette référence pourrait identifier la personne : ${reason}. Un retro doit garder un identifiant opaque. La garder quand même ?`,
  role: "Poste",
  roleHint: "Par exemple backend, frontend, data. Entrée pour passer.",
  stage: "Étape de l'entretien",
  other: "Autre…",
  interviewer: "Intervieweur ou intervieweuse",
  date: "Date de l'entretien",
  dateHint:
    "AAAA-MM-JJ, aujourd'hui, hier, un jour de la semaine (lundi, vendredi dernier), il y a 3 jours, 27 novembre, -2 (yesterday, monday aussi).",
  weekdays: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  tags: "Tags",
  tagsHint:
    "Des mots séparés par des virgules ou des espaces, par exemple remote, pairing. Entrée pour passer.",
  notes: "Notes",
  keepEarlier: (preview, keyword) =>
    `Entrée garde votre réponse précédente (${preview}) ; ${keyword} la modifie dans votre éditeur.`,
  oneLine:
    "Une ligne, puis Entrée. Pour une réponse plus longue, Entrée sur une ligne vide ouvre votre éditeur.",
  optional: (keyword) =>
    `Facultatif : Entrée pour passer. Tapez ${keyword} puis Entrée pour l'écrire dans votre éditeur.`,
  answerRequired:
    "Une réponse est nécessaire : tapez-la sur une ligne, ou écrivez-la dans votre éditeur.",
  verdicts: { yes: "oui", partly: "en partie", no: "non" },
  editorGuide: "Écrivez la réponse au-dessus de ces lignes, qui sont retirées à l'enregistrement.",
  editorFailed: (why) => `${why} : rien n'en a été repris.`,
  editFlagged: "Modifier ces réponses avant d'écrire le retro ? (Non les garde telles quelles)",
  answerAgainStrict: "Répondez de nouveau sans données personnelles :",
  answerAgainEdit: "Entrée garde une réponse, :e la modifie dans votre éditeur :",
  colon: " :",
  resumeHint: "lancez `interview-retro resume` pour continuer",
  cancelled: (hint) =>
    `Annulé — rien n'a été écrit dans le dossier des retros. Vos réponses sont gardées dans un brouillon : ${hint}.`,
  nothingWritten: "Annulé — rien n'a été écrit.",
  saved: "Retro enregistré :",
  next: "Ensuite :",
  expired: (day) =>
    `Sa date de conservation (${day}) est déjà passée : le prochain « interview-retro prune » le supprime.`,
  waiting: (count, shown) =>
    `${count === 1 ? "1 retro inachevé attend" : `${count} retros inachevés attendent`} (${shown.join(" ; ")})`,
  more: (count) => `${count} de plus`,
  age: (amount, unit) =>
    `il y a ${amount} ${{ minute: "minute", hour: "heure", day: "jour" }[unit]}${amount === 1 ? "" : "s"}`,
  justNow: "à l'instant",
  noCandidateYet: "pas encore de référence",
  keepAndGoOn:
    "Garder ces réponses et continuer ? (Non : reprendre chaque question, vos réponses proposées par défaut)",
  whichRetro: "Quel retro voulez-vous terminer ?",
  resuming: (id, answered, total) =>
    `Reprise de ${id} : ${answered} question${answered > 1 ? "s" : ""} sur ${total} ${answered > 1 ? "ont" : "a"} une réponse.`,
  library: {
    actions: {
      navigate: "naviguer",
      select: "choisir",
      submit: "valider",
      all: "tout",
      invert: "inverser",
    },
    yes: "Oui",
    no: "Non",
    answerWith: (yes, no) => `Répondez « ${yes} » ou « ${no} »`,
  },
};

export const wordsFor = (lang: Lang): Words => (lang === "fr" ? fr : en);
