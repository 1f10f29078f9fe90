import { describe, expect, it } from "vitest";
import { promisedActions } from "../../src/domain/digest.js";
import { makeRetro } from "../helpers/fixtures.js";

/** The promised actions the digest finds in one answer. */
const promisedIn = (text: string) =>
  promisedActions(
    makeRetro({
      answers: {
        spot_difficulty_earlier: { text },
        questions_appropriate: { verdict: "yes" },
        candidate_strengths: { verdict: "yes" },
      },
    }),
  ).map((action) => action.text);

describe("the sentences the digest lists as promised actions", () => {
  it.each([
    [
      "The warm-up was late. Next time: start from their project.",
      "Next time: start from their project.",
    ],
    ["We should ask about tests first.", "We should ask about tests first."],
    ["- We'll pair on the second exercise.", "- We'll pair on the second exercise."],
    ["It went well. We will keep the take-home.", "We will keep the take-home."],
    ["TODO: shorter slot.", "TODO: shorter slot."],
    [
      "Warm-up too long; we should start from their project.",
      "we should start from their project.",
    ],
    ["Trop long ; il faudra couper.", "il faudra couper."],
    ["La prochaine fois, partir de leur projet.", "La prochaine fois, partir de leur projet."],
    ["Il faudra un exercice plus court.", "Il faudra un exercice plus court."],
    ["On devrait commencer par le projet.", "On devrait commencer par le projet."],
    ["À l'avenir : un échauffement.", "À l'avenir : un échauffement."],
  ])("finds the one in %j", (text, action) => {
    expect(promisedIn(text)).toEqual([action]);
  });

  it.each([
    "We should have asked about tests first.",
    "We should've asked about tests first.",
    "We shouldn't rush.",
    "They said we should ask more.",
    "We willingly moved on.",
    "The next time slot was late.",
  ])("finds none in %j (a regret, or the words not opening the sentence)", (text) => {
    expect(promisedIn(text)).toEqual([]);
  });
});
