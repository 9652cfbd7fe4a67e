// Runs compiled lexicons over a text and classifies every candidate hit: flagged, negated, or
// educational. Shared by disclosure detection and harm suggestion so both read text the same way.

import type { AnalysisLocale } from "../analysis-types";
import { compilePatterns } from "./compile-pattern";
import { HitContext } from "./hit-context";
import type { Lexicon } from "./lexicon-types";
import { type NormalisedText, normaliseText } from "./normalise-text";

/** What became of a candidate hit: it counts, or a negation or an educational context discarded it. */
export type HitStatus = "flagged" | "negated" | "educational";

/** One candidate hit: category, the matched words as written, their offsets in the original text. */
export type Hit<C extends string> = {
  category: C;
  locale: AnalysisLocale;
  phrase: string;
  start: number;
  end: number;
  status: HitStatus;
};

/** A lexicon rule compiled to regular expressions (done once, when a module loads). */
export type CompiledRule<C extends string> = {
  category: C;
  locale: AnalysisLocale;
  regex: RegExp;
  within: RegExp[];
  unless?: RegExp;
};

/** A text folded once and its clause facts, reusable across lexicons. */
export type PreparedText = { input: string; folded: NormalisedText; context: HitContext };

/** How far around a hit `within` looks (characters); `unless` looks at most this far inside the sentence. */
const GUARD_REACH = 250;

/** Compiles every rule of the given lexicons. */
export function compileLexicons<C extends string>(lexicons: readonly Lexicon<C>[]): CompiledRule<C>[] {
  return lexicons.flatMap((lexicon) => {
    const options = { macros: lexicon.macros, openEnd: lexicon.openEnd };
    return lexicon.rules.map((rule) => ({
      category: rule.category,
      locale: lexicon.locale,
      regex: compilePatterns(rule.patterns, options),
      within: [rule.within ?? []].flat().map((cue) => compilePatterns([cue], options, "u")),
      unless: rule.unless === undefined ? undefined : compilePatterns([rule.unless], options, "u"),
    }));
  });
}

/** Folds a text and works out its clauses once. */
export function prepareText(input: string): PreparedText {
  const folded = normaliseText(input);
  return { input, folded, context: new HitContext(folded.text) };
}

function guardsPass<C extends string>(rule: CompiledRule<C>, text: PreparedText, start: number, end: number) {
  const folded = text.folded.text;
  if (rule.within.length > 0) {
    const near = folded.slice(Math.max(0, start - GUARD_REACH), end + GUARD_REACH);
    if (!rule.within.every((cue) => cue.test(near))) return false;
  }
  if (rule.unless) {
    const sentence = text.context.sentence(start);
    const near = folded.slice(
      Math.max(sentence.start, start - GUARD_REACH),
      Math.min(sentence.end, end + GUARD_REACH),
    );
    if (rule.unless.test(near)) return false;
  }
  return true;
}

/** Every candidate hit of `rules` in `text`, in rule order then text order. */
export function findHits<C extends string>(text: PreparedText, rules: readonly CompiledRule<C>[]): Hit<C>[] {
  const folded = text.folded.text;
  const { origin } = text.folded;
  const hits: Hit<C>[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(folded); m; m = rule.regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        rule.regex.lastIndex += 1;
        continue;
      }
      if (!guardsPass(rule, text, start, end)) continue;
      const span = { start, end };
      const status: HitStatus = text.context.isNegated(span, rule.locale)
        ? "negated"
        : text.context.isEducational(span)
          ? "educational"
          : "flagged";
      const from = origin[start] ?? 0;
      let to = end < origin.length ? (origin[end] ?? text.input.length) : text.input.length;
      while (to > from && /\s/u.test(text.input[to - 1] as string)) to -= 1;
      const phrase = text.input.slice(from, to);
      hits.push({ category: rule.category, locale: rule.locale, phrase, start: from, end: to, status });
    }
  }
  return hits;
}
