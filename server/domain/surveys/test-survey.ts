import { type Survey, surveySchema } from "./survey-schema";

/** A small survey with one question of each kind, for tests of the answer engine. */
export function testSurvey(): Survey {
  return surveySchema.parse({
    id: "test-survey",
    version: 1,
    title: "Test",
    intro: "For tests.",
    audience: "young-person-13-17",
    engagementLevel: "service",
    ownerAgency: "partnership",
    estimatedMinutes: 2,
    outcomes: ["prepare.voice"],
    questions: [
      {
        id: "feel",
        type: "emoji-scale",
        title: "How safe do you feel?",
        options: [
          { value: "unsafe", label: "Unsafe", triggersHelp: true },
          { value: "ok", label: "OK" },
          { value: "safe", label: "Safe" },
        ],
      },
      { id: "tell", type: "yes-no-unsure", title: "Would you tell someone?", allowDontKnow: false },
      {
        id: "who",
        type: "multi",
        title: "Who?",
        maxChoices: 2,
        showIf: { question: "tell", equals: "yes" },
        options: [
          { value: "parent", label: "A parent" },
          { value: "teacher", label: "A teacher" },
          { value: "friend", label: "A friend" },
        ],
      },
      { id: "where", type: "places", title: "Where?", places: ["park", "school", "home"] },
      {
        id: "helps",
        type: "top-three",
        title: "What helps?",
        options: ["a", "b", "c", "d"].map((value) => ({ value, label: value.toUpperCase() })),
      },
      { id: "why", type: "text", title: "Why?" },
      { id: "more", type: "long-text", title: "Anything else?", maxLength: 20 },
    ],
  });
}
