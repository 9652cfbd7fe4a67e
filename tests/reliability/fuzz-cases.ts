import fc from "fast-check";
import { locales } from "../../server/i18n/i18n";
import { bundledSurveys } from "../../server/surveys/bundled-surveys";
import { oneTimeIn, plannedAnswers } from "./fuzz-answers";
import { contactForm, journey, receiptLookup, withdrawForm } from "./fuzz-page-cases";

/** One request and every status the app may answer it with (anything else fails the run). */
export type RequestCase = {
  kind: string;
  method: "GET" | "POST" | "DELETE";
  path: string;
  contentType?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  expected: readonly number[];
  /** Send Content-Length as most clients do (otherwise the body streams, as with chunked uploads). */
  declareLength?: boolean;
  /** For a submission the API must store: how many answers it must store with it. */
  stored?: number;
  /** Odd language and cookie headers, which every request passes through before its route. */
  headers?: Record<string, string>;
};

/** A no-JavaScript journey: start, answer some questions with arbitrary form values, send. */
export type JourneyCase = {
  kind: "journey";
  surveyId: string;
  steps: { qid: string; answer: string[]; toCheck: boolean }[];
};

export type FuzzCase = RequestCase | JourneyCase;

const LIMIT = 64 * 1024;
const bytesOf = (body: string) => Buffer.byteLength(body, "utf8");
const ids = bundledSurveys.map((s) => s.id);
const submitPath = (id: string) => `/api/surveys/${id}/responses`;

const locale = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...locales).map((value) => ({ value, ok: true })) },
  { weight: 2, arbitrary: fc.constant({ value: undefined, ok: true }) }, // absent: English
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>("xx", "EN", "en-GB", "", 5, null, ["en"])
      .map((value) => ({ value, ok: false })),
  },
);

const unknownSurvey = fc
  .oneof(
    fc.constantFrom("nope", "FEELING-SAFE", "feeling_safe", "framework", "schema", "feeling-safe.json"),
    fc.string({ minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  )
  .filter((id) => !ids.includes(id) && !/^\.+$/.test(id));

/** A submission derived from a bundled survey's questions, with the exact answer the API owes it. */
const schemaCase: fc.Arbitrary<RequestCase> = fc
  .constantFrom(...bundledSurveys)
  .chain((survey) =>
    fc.tuple(
      plannedAnswers(survey),
      locale,
      oneTimeIn(10, unknownSurvey),
      oneTimeIn(30, fc.constantFrom<unknown>([], "all of them", null, 7)),
      fc.constantFrom("application/json", "application/json; charset=utf-8", "application/vnd.heard+json"),
      fc.constant(survey.id),
    ),
  )
  .map(([planned, lang, otherId, badAnswers, contentType, surveyId]) => {
    const answers = badAnswers === undefined ? planned.answers : badAnswers;
    const body = JSON.stringify({ ...(lang.value === undefined ? {} : { locale: lang.value }), answers });
    const valid = planned.valid && lang.ok && badAnswers === undefined;
    const expected = otherId === undefined ? [valid ? 201 : 400] : valid ? [404] : [400, 404];
    return {
      kind: "schema",
      method: "POST",
      path: submitPath(otherId ?? surveyId),
      contentType,
      body,
      expected,
      ...(valid && otherId === undefined ? { stored: planned.stored } : {}),
    };
  });

/** Valid bodies to spoil (truncate, mislabel, corrupt). */
const validBody = fc
  .constantFrom(...bundledSurveys)
  .chain((survey) =>
    plannedAnswers(survey).map((p) => ({ id: survey.id, body: JSON.stringify({ answers: p.answers }) })),
  );

const malformedJson: fc.Arbitrary<RequestCase> = fc
  .oneof(
    validBody.chain(({ id, body }) =>
      fc.integer({ min: 1, max: body.length - 1 }).map((i) => ({ id, body: body.slice(0, i) })),
    ),
    fc
      .constantFrom(
        "",
        "{",
        "}",
        "{'answers':{}}",
        '{"answers":{},}',
        "NaN",
        "undefined",
        "[1,]",
        '{"a":1}{"b":2}',
        "\u0000",
      )
      .map((body) => ({ id: "quick-feedback", body })),
    fc.string({ unit: "binary", maxLength: 60 }).map((body) => ({ id: "feeling-safe", body })),
  )
  .map(({ id, body }) => ({
    kind: "malformed-json",
    method: "POST",
    path: submitPath(id),
    contentType: "application/json",
    body,
    expected: [400],
  }));

const wrongContentType: fc.Arbitrary<RequestCase> = fc
  .tuple(
    validBody,
    fc.constantFrom(
      undefined,
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "multipart/form-data",
      "application/xml",
      "text/html",
      "application/octet-stream",
      "application/json5",
      "json",
    ),
  )
  .map(([{ id, body }, contentType]) => ({
    kind: "content-type",
    method: "POST",
    path: submitPath(id),
    contentType,
    body,
    expected: [400, 415],
  }));

/** Over 64 KB, in every shape: refused with 413 before anything reads it. */
const huge: fc.Arbitrary<RequestCase> = fc
  .tuple(
    fc.integer({ min: LIMIT + 1, max: 4 * LIMIT }),
    fc.constantFrom("text-answer", "raw", "form"),
    fc.constantFrom(...ids),
    fc.boolean(),
  )
  .map(([size, shape, id, declareLength]) => {
    const filler = "a".repeat(size);
    const body =
      shape === "text-answer"
        ? JSON.stringify({ answers: { "one-thing": filler } })
        : shape === "form"
          ? `receipt=${filler}`
          : filler;
    const contentType = shape === "form" ? "application/x-www-form-urlencoded" : "application/json";
    const path = shape === "form" ? "/withdraw" : submitPath(id);
    return { kind: "huge", method: "POST", path, contentType, body, declareLength, expected: [413] };
  });

/** Long but under the limit: the question's own maximum refuses it. */
const longText: fc.Arbitrary<RequestCase> = fc
  .tuple(fc.integer({ min: 5_001, max: 60_000 }), fc.constantFrom("a", "ł", "🙂"))
  .map(([n, ch]) => ch.repeat(Math.floor(n / bytesOf(ch))))
  .map((text) => ({
    kind: "long-text",
    method: "POST",
    path: submitPath("staying-safe"),
    contentType: "application/json",
    body: JSON.stringify({ locale: "en", answers: { "anything-else": text } }),
    expected: [400],
  }));

const deepNesting: fc.Arbitrary<RequestCase> = fc
  .tuple(
    fc.integer({ min: 2, max: 40_000 }),
    fc.constantFrom("array", "object"),
    fc.constantFrom("value", "answers", "top"),
  )
  .map(([depth, shape, where]) => {
    const open = shape === "array" ? "[" : '{"a":';
    const close = shape === "array" ? "]" : "}";
    const deep = `${open.repeat(depth)}${shape === "array" ? '"x"' : "1"}${close.repeat(depth)}`;
    const body =
      where === "top"
        ? deep
        : where === "answers"
          ? `{"answers":${deep}}`
          : `{"answers":{"know-more":${deep}}}`;
    return {
      kind: "deep-nesting",
      method: "POST",
      path: submitPath("quick-feedback"),
      contentType: "application/json",
      body,
      expected: bytesOf(body) > LIMIT ? [413] : [400],
    };
  });

const BAD_UTF8 = [
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc3],
  [0xe2, 0x82],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xff],
  [0xfe],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
];

/** Valid bodies with invalid UTF-8 spliced in (inside strings or between tokens). */
const invalidUtf8: fc.Arbitrary<RequestCase> = validBody
  .chain(({ id, body }) => {
    const bytes = new TextEncoder().encode(body);
    const splice = fc.tuple(fc.integer({ min: 0, max: bytes.length }), fc.constantFrom(...BAD_UTF8));
    return fc.array(splice, { minLength: 1, maxLength: 4 }).map((splices) => {
      let out = [...bytes];
      for (const [at, bad] of splices) out = [...out.slice(0, at), ...bad, ...out.slice(at)];
      return { id, body: new Uint8Array(out) };
    });
  })
  .map(({ id, body }) => ({
    kind: "invalid-utf8",
    method: "POST",
    path: submitPath(id),
    contentType: "application/json",
    body,
    expected: [201, 400],
  }));

// Header values are bytes without line breaks: anything printable, including ; = , and quotes.
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const noise = fc.record({ language: headerText, cookie: headerText, lang: headerText });

/** One request in five also carries a strange Accept-Language, language cookie, draft cookie and ?lang=. */
function withNoise(arb: fc.Arbitrary<RequestCase>): fc.Arbitrary<RequestCase> {
  return fc.tuple(arb, oneTimeIn(5, noise)).map(([c, n]) =>
    n === undefined
      ? c
      : {
          ...c,
          path: `${c.path}?lang=${encodeURIComponent(n.lang)}`,
          headers: {
            "accept-language": n.language.trim(),
            cookie: `heard_lang=${n.cookie}; heard_draft=${n.cookie}`,
          },
        },
  );
}

/** The mix of the 10,000: mostly submissions derived from the surveys, then every kind of bad input. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 55, arbitrary: withNoise(schemaCase) },
  { weight: 8, arbitrary: withNoise(malformedJson) },
  { weight: 6, arbitrary: withNoise(wrongContentType) },
  { weight: 3, arbitrary: huge },
  { weight: 2, arbitrary: longText },
  { weight: 4, arbitrary: deepNesting },
  { weight: 6, arbitrary: invalidUtf8 },
  { weight: 4, arbitrary: withNoise(receiptLookup) },
  { weight: 3, arbitrary: withNoise(withdrawForm) },
  { weight: 3, arbitrary: withNoise(contactForm) },
  { weight: 3, arbitrary: journey },
);
