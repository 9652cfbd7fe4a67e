import type { AnalysisLocale } from "../analysis-types";
import type { Macros } from "./compile-pattern";

/**
 * Patterns for one category (mini-language: compile-pattern.ts). `within`: counts only if this (or
 * each of these) also matches near the hit (a boyfriend for "checks my phone"); `unless`: not if this matches in the same
 * sentence (a parent checking a phone is not relationship abuse).
 */
export type LexiconRule<C extends string> = {
  category: C;
  patterns: readonly string[];
  within?: string | readonly string[];
  unless?: string;
};

/** All rules for one locale, with its macros; Bangla is open-ended because suffixes fuse onto words. */
export type Lexicon<C extends string> = {
  locale: AnalysisLocale;
  rules: readonly LexiconRule<C>[];
  macros?: Macros;
  openEnd?: boolean;
};
