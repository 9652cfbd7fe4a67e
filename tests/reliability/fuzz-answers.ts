import fc from "fast-check";
import { answerKind } from "../../server/domain/surveys/answer-kind";
import type { Answers } from "../../server/domain/surveys/answer-schema";
import { bundledFramework } from "../../server/domain/surveys/bundled-framework";
import { RESERVED_OPTION_VALUES } from "../../server/domain/surveys/reserved-options";
import { isQuestionVisible } from "../../server/domain/surveys/show-if";
import type { Question, Survey } from "../../server/domain/surveys/survey-schema";
import { choiceOptions } from "../../server/domain/surveys/validate-answers";

/**
 * Answers derived from a survey's own questions, each valid or subtly invalid, with what the API
 * must say about them worked out independently: 201 with exactly N stored answers, or 400.
 */
export type PlannedAnswers = { answers: Record<string, unknown>; valid: boolean; stored: number };

type Planned = { value: unknown; ok: true; answered: unknown | undefined } | { value: unknown; ok: false };

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((n) => String.fromCharCode(n));
const anyChar = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom("ł", "ą", "ė", "ş", "ব", "্", "🙂", "👩‍👧", "\u200b", "\u202e") },
  { weight: 1, arbitrary: loneSurrogate },
);
// Words the analysis redacts or flags, so sealing and the safeguarding queue are in the batch too.
const telling = fc.constantFrom(
  "my dad hits me",
  "I want to die",
  "he makes me carry drugs to other towns",
  "call me on 07700 900123",
  "I go to St Mary's School",
  "mój wujek mnie bije",
);

function text(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: anyChar, maxLength: Math.min(max, 40) }),
    fc.string({ unit: anyChar, maxLength: max, size: "max" }),
    telling.filter((s) => s.length <= max),
    fc.constantFrom("", "   ", "\n\t"),
  );
}

const wrongShape = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.array(fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), { minLength: 1, maxLength: 2 }),
  fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 3 }),
);

/** A string that is not one of `offered` but may look like one (case, spaces, invisible characters). */
function notOffered(offered: readonly string[]): fc.Arbitrary<string> {
  const lookalike = fc
    .tuple(
      fc.constantFrom(...offered),
      fc.constantFrom(
        (s: string) => s.toUpperCase(),
        (s: string) => ` ${s}`,
        (s: string) => `${s}\u200b`,
        (s: string) => `${s}s`,
      ),
    )
    .map(([value, change]) => change(value));
  return fc
    .oneof(lookalike, fc.string({ unit: anyChar, minLength: 1, maxLength: 30 }))
    .filter((s) => s !== "" && !offered.includes(s));
}

function planChoice(question: Question): fc.Arbitrary<Planned> {
  const offered = choiceOptions(question, bundledFramework).map((o) => o.value);
  const plain = offered.filter((v) => !RESERVED_OPTION_VALUES.includes(v));
  const reserved = offered.filter((v) => RESERVED_OPTION_VALUES.includes(v));
  const ok = (value: unknown, answered: unknown | undefined): Planned => ({ value, ok: true, answered });
  const bad = (value: unknown): Planned => ({ value, ok: false });
  if (answerKind(question) === "one") {
    return fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...offered).map((v) => ok(v, v)) },
      { weight: 1, arbitrary: fc.constant(ok("", undefined)) },
      { weight: 1, arbitrary: notOffered(offered).map(bad) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...offered), { maxLength: 2 }).map(bad) },
      { weight: 1, arbitrary: wrongShape.map(bad) },
    );
  }
  const max = question.type === "top-three" ? 3 : question.type === "multi" ? question.maxChoices : undefined;
  const most = Math.min(max ?? plain.length, plain.length);
  const some = fc.shuffledSubarray(plain, { minLength: 1, maxLength: most });
  const invalid: fc.Arbitrary<Planned>[] = [
    fc.tuple(some, notOffered(offered)).map(([list, odd]) => bad([...list, odd])),
    fc.constantFrom(...plain).map((v) => bad([v, v])),
    wrongShape.map(bad),
  ];
  const valid: fc.WeightedArbitrary<Planned>[] = [
    { weight: 6, arbitrary: some.map((list) => ok(list, list)) },
    // A form posts one ticked box as a string, not a list.
    { weight: 1, arbitrary: fc.constantFrom(...plain).map((v) => ok(v, [v])) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [""], "").map((v) => ok(v, undefined)) },
  ];
  if (reserved.length > 0) {
    invalid.push(
      fc.tuple(fc.constantFrom(...plain), fc.constantFrom(...reserved)).map(([v, r]) => bad([r, v])),
    );
    valid.push({ weight: 1, arbitrary: fc.constantFrom(...reserved).map((r) => ok([r], [r])) });
  }
  if (max !== undefined && plain.length > max)
    invalid.push(fc.shuffledSubarray(plain, { minLength: max + 1, maxLength: plain.length }).map(bad));
  return fc.oneof(...valid, { weight: 3, arbitrary: fc.oneof(...invalid) });
}

function planText(question: Question & { maxLength: number }): fc.Arbitrary<Planned> {
  const tooLong = fc
    .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom("a", "ł", "ব", "🙂"))
    .map(([extra, ch]) => ch.repeat(question.maxLength + extra));
  return fc.oneof(
    {
      weight: 8,
      arbitrary: text(question.maxLength).map((s): Planned => {
        const trimmed = s.trim();
        // A generated "character" can be several code points (a family emoji): count as the app does.
        if ([...trimmed].length > question.maxLength) return { value: s, ok: false };
        return { value: s, ok: true, answered: trimmed === "" ? undefined : trimmed };
      }),
    },
    { weight: 1, arbitrary: tooLong.map((value): Planned => ({ value, ok: false })) },
    {
      weight: 1,
      arbitrary: fc.array(text(20), { maxLength: 2 }).map((value): Planned => ({ value, ok: false })),
    },
    { weight: 1, arbitrary: wrongShape.map((value): Planned => ({ value, ok: false })) },
  );
}

function plan(question: Question): fc.Arbitrary<Planned> {
  return answerKind(question) === "text" && "maxLength" in question
    ? planText(question)
    : planChoice(question);
}

// Keys that are not question ids, including ones an object inherits ("__proto__" is dropped by
// JSON parsing into a record, so it is left out: it can never reach validation).
const strayKey = fc.oneof(
  fc.constantFrom("constructor", "toString", "hasOwnProperty", "", " ", "safe-at-school ", "Q1"),
  fc.string({ unit: anyChar, minLength: 1, maxLength: 12 }),
);

/** `arb` one time in `n`, otherwise undefined. */
export function oneTimeIn<T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** One submission to `survey`: per question skip, answer well or answer badly; sometimes a stray key. */
export function plannedAnswers(survey: Survey): fc.Arbitrary<PlannedAnswers> {
  const ids = new Set(survey.questions.map((q) => q.id));
  const perQuestion = survey.questions.map((q) =>
    fc.option(fc.tuple(plan(q), fc.boolean()), { freq: 3, nil: undefined }),
  );
  const stray = oneTimeIn(
    12,
    strayKey.filter((k) => !ids.has(k) && k !== "__proto__"),
  );
  // Two in five submissions are clean (bad answers left out), so well over a thousand are stored.
  return fc.tuple(fc.tuple(...perQuestion), stray, fc.nat(4)).map(([planned, strayKeyId, mode]) => {
    const clean = mode < 2;
    const strayId = clean ? undefined : strayKeyId;
    const answers: Record<string, unknown> = {};
    const accepted: Answers = {};
    let valid = true;
    survey.questions.forEach((question, i) => {
      const entry = planned[i];
      if (!entry || (clean && !entry[0].ok)) return;
      const [p, evenIfHidden] = entry;
      if (!p.ok) {
        answers[question.id] = p.value;
        valid = false;
        return;
      }
      if (p.answered === undefined) {
        answers[question.id] = p.value;
        return;
      }
      // Answering a question the earlier answers hide is refused; usually leave it out instead.
      if (!isQuestionVisible(question, accepted)) {
        if (clean || !evenIfHidden) return;
        valid = false;
      } else accepted[question.id] = p.answered as string | string[];
      answers[question.id] = p.value;
    });
    if (strayId !== undefined) {
      answers[strayId] = "x";
      valid = false;
    }
    return { answers, valid, stored: Object.keys(accepted).length };
  });
}
