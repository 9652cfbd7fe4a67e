import fc from "fast-check";
import { bundledSurveys } from "../../server/surveys/bundled-surveys";
import type { JourneyCase, RequestCase } from "./fuzz-cases";

// Cases for the public pages and the receipt API: look-ups, the withdraw and contact forms, and
// whole no-JavaScript journeys with arbitrary form values.

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".split("");
export const receiptLookup: fc.Arbitrary<RequestCase> = fc
  .tuple(
    fc.constantFrom("GET", "DELETE") as fc.Arbitrary<"GET" | "DELETE">,
    fc.oneof(
      fc
        .array(fc.constantFrom(...CROCKFORD), { minLength: 16, maxLength: 16 })
        .map((c) => c.join("").replace(/(.{4})(?!$)/g, "$1-")),
      fc.string({ unit: "binary", minLength: 1, maxLength: 40 }).map(encodeURIComponent),
    ),
  )
  .map(([method, code]) => ({ kind: "receipt", method, path: `/api/receipts/${code}`, expected: [404] }));

const formText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ maxLength: 2_100, size: "max" }),
);
const form = (fields: Record<string, string | undefined>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.append(k, v);
  return body.toString();
};

export const withdrawForm: fc.Arbitrary<RequestCase> = formText.map((receipt) => ({
  kind: "withdraw-form",
  method: "POST",
  path: "/withdraw",
  contentType: "application/x-www-form-urlencoded",
  body: form({ receipt }),
  expected: [400],
}));

export const contactForm: fc.Arbitrary<RequestCase> = fc
  .record({
    how: formText,
    when: fc.option(formText, { nil: undefined }),
    message: fc.option(formText, { nil: undefined }),
    link: fc.constantFrom(undefined, "yes", "no"),
    receipt: fc.option(formText, { nil: undefined }),
  })
  .map((fields) => ({
    kind: "contact-form",
    method: "POST",
    path: "/talk-to-someone/send",
    contentType: "application/x-www-form-urlencoded",
    body: form(fields),
    expected: [200, 400],
  }));

export const journey: fc.Arbitrary<JourneyCase> = fc.constantFrom(...bundledSurveys).chain((survey) =>
  fc
    .array(
      fc.record({
        qid: fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(...survey.questions.map((q) => q.id)) },
          { weight: 1, arbitrary: fc.constant("nope") },
        ),
        answer: fc.array(
          fc.oneof(fc.constantFrom("yes", "no", "dont-know", "prefer-not-to-say", "park", ""), formText),
          { maxLength: 3 },
        ),
        toCheck: fc.boolean(),
      }),
      { maxLength: 4 },
    )
    .map((steps) => ({ kind: "journey" as const, surveyId: survey.id, steps })),
);
