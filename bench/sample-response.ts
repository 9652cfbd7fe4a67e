/** The survey every submission in the benchmark answers: ten questions, two of them free text. */
export const BENCH_SURVEY = "feeling-safe";

/**
 * A 10-answer response to feeling-safe, as a child filling in every question would send it: four
 * scales, places, two short free-text answers (redacted and screened for disclosures on the way in),
 * yes/no, a multi-choice and a top three.
 */
export const tenAnswerResponse = JSON.stringify({
  locale: "en",
  answers: {
    "safe-at-school": "safe",
    "safe-at-park": "ok",
    "safe-on-way-to-school": "very-safe",
    "safe-online": "not-very-safe",
    "unsafe-places": ["park", "town-centre"],
    "what-makes-it-unsafe": "Older kids hang around by the shops after dark.",
    "tell-a-grown-up": "yes",
    "who-would-you-tell": ["teacher", "mum-dad-carer"],
    "what-helps": ["lights", "clubs", "grown-ups"],
    "anything-else": "More youth clubs open at the weekend would help.",
  },
});
