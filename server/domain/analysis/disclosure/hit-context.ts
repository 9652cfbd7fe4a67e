// Decides, for a candidate hit in folded text, whether it is negated within its clause or sits in an
// educational or hypothetical stretch. Built once per text; each question costs a bounded amount of work,
// so a long text with many hits stays linear.

import { compilePatterns } from "./compile-pattern";
import { EDUCATION_CUES } from "./education-cues";
import {
  BN_CONDITIONAL_ENDING,
  BN_NEGATING_SUFFIXES,
  BN_POST_NEGATORS,
  CONDITIONALS,
  NEGATORS,
  NOT_NEGATORS_IN,
  POLARITY_WORDS,
  RO_SHORT_NEGATED_AUX,
  RO_SHORT_NEGATOR,
  SCOPE_BREAKERS,
  VERB_BREAKERS,
} from "./negation-cues";
import { foldPattern } from "./normalise-text";
import { CONTRAST_CUES, SELF_REPORT_CUES } from "./turn-cues";

const fold = (words: ReadonlySet<string>) => new Set([...words].map(foldPattern));
const negators = fold(NEGATORS);
const breakers = fold(SCOPE_BREAKERS);
const verbBreakers = fold(VERB_BREAKERS);
const polarity = fold(POLARITY_WORDS);
const bnPost = fold(BN_POST_NEGATORS);
const conditionals = fold(CONDITIONALS);
const bnSuffixes = BN_NEGATING_SUFFIXES.map(foldPattern);
const education = compilePatterns(EDUCATION_CUES);
const contrast = compilePatterns(CONTRAST_CUES);
const selfReport = compilePatterns(SELF_REPORT_CUES);
const SENTENCE_END = /[.!?\n\r]+/gu;
const CLAUSE_PUNCTUATION = ',;:()"';
const TOKEN = /[^ .!?\n\r,;:()"]+/gu;
const WORD_TAIL = /^[^ .!?\n\r,;:()"]*/u;
/** How many words back a negation can reach, and how near an educational cue must be (characters). */
const NEGATION_REACH = 8;
const EDUCATION_REACH = 100;

type Span = { start: number; end: number };

function spans(re: RegExp, text: string): Span[] {
  const found: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return found;
}

/** Index of the last value <= target in an ascending array (or -1). */
function floorIndex(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= target) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Romanian "n-a", "n-am": "n" negates only before an auxiliary (elsewhere it is text-speak "and"). */
function isShortNegator(tokens: readonly string[], i: number): boolean {
  return tokens[i] === RO_SHORT_NEGATOR && RO_SHORT_NEGATED_AUX.has(tokens[i + 1] ?? "");
}

/** Whether the negation at `i` sits inside a condition ("if i don't", "dacă nu", "না পাঠালে"). */
function isConditional(tokens: readonly string[], i: number): boolean {
  if (conditionals.has(tokens[i - 1] ?? "") || conditionals.has(tokens[i - 2] ?? "")) return true;
  return (tokens[i + 1] ?? "").endsWith(BN_CONDITIONAL_ENDING);
}

/** Clause and context facts about one folded text. */
export class HitContext {
  private readonly sentenceStarts: number[];
  private readonly segmentStarts: number[];
  private readonly cues: Span[];
  private readonly cueStarts: number[];
  private readonly selfReported: Set<number>;

  constructor(readonly text: string) {
    this.sentenceStarts = [0, ...spans(SENTENCE_END, text).map((s) => s.end)];
    const cuts = [...this.sentenceStarts, ...spans(contrast, text).map((s) => s.start)];
    this.segmentStarts = [...new Set(cuts)].sort((a, b) => a - b);
    this.cues = spans(education, text);
    this.cueStarts = this.cues.map((c) => c.start);
    this.selfReported = new Set(spans(selfReport, text).map((s) => floorIndex(this.segmentStarts, s.start)));
  }

  /** Start and end of the sentence around a position. */
  sentence(position: number): Span {
    const i = floorIndex(this.sentenceStarts, position);
    return { start: this.sentenceStarts[i] ?? 0, end: this.sentenceStarts[i + 1] ?? this.text.length };
  }

  /** Whether a negation earlier in the clause (or, in Bangla, just after the verb) denies the hit. */
  isNegated(hit: Span, locale: string): boolean {
    const ordinary = NOT_NEGATORS_IN[locale];
    const from = Math.max(this.sentence(hit.start).start, hit.start - 160);
    const before = this.text.slice(from, hit.start);
    let cut = before.length - 1;
    while (cut >= 0 && !CLAUSE_PUNCTUATION.includes(before[cut] as string)) cut -= 1;
    const tokens = before.slice(cut + 1).match(TOKEN) ?? [];
    let polar = false;
    for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - NEGATION_REACH; i -= 1) {
      const token = tokens[i] as string;
      const negator = negators.has(token) && !ordinary?.has(token);
      if (negator || isShortNegator(tokens, i)) return !isConditional(tokens, i);
      if (breakers.has(token) || (verbBreakers.has(token) && !polar)) return false;
      polar ||= polarity.has(token);
    }
    return locale === "bn" && this.isNegatedAfter(hit);
  }

  private isNegatedAfter(hit: Span): boolean {
    const after = this.text.slice(hit.end, hit.end + 80);
    const tail = WORD_TAIL.exec(after)?.[0] ?? "";
    if (tail && bnSuffixes.some((s) => tail.endsWith(s))) return true;
    const clause = after.slice(tail.length).split(/[,;:()".!?\n\r]/u)[0] ?? "";
    for (const token of (clause.match(TOKEN) ?? []).slice(0, 3)) {
      if (bnPost.has(token)) return true;
      if (breakers.has(token)) return false;
    }
    return false;
  }

  /** Whether the hit sits near a lesson, film or hypothetical, with no self-report in its stretch. */
  isEducational(hit: Span): boolean {
    const segment = floorIndex(this.segmentStarts, hit.start);
    if (this.selfReported.has(segment)) return false;
    const segStart = this.segmentStarts[segment] ?? 0;
    const segEnd = this.segmentStarts[segment + 1] ?? this.text.length;
    for (let i = Math.max(0, floorIndex(this.cueStarts, hit.start - 400)); i < this.cues.length; i += 1) {
      const cue = this.cues[i] as Span;
      if (cue.start > hit.end + EDUCATION_REACH || cue.start >= segEnd) break;
      if (cue.start < segStart) continue;
      const distance = Math.max(0, cue.start - hit.end, hit.start - cue.end);
      if (distance <= EDUCATION_REACH) return true;
    }
    return false;
  }
}
