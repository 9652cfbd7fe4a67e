import type { Prng } from "./prng";
import type { LocaleTexts, SyntheticText, Voice } from "./synthetic-text";
import { bn } from "./texts-bn";
import { en } from "./texts-en";
import { lt } from "./texts-lt";
import { lv } from "./texts-lv";
import { pl } from "./texts-pl";
import { ro } from "./texts-ro";

/** The synthetic answers of every language the surveys are offered in. */
export const DEMO_TEXTS: Readonly<Record<string, LocaleTexts>> = { en, pl, ro, lt, lv, bn };

/** Months with dark evenings, when lighting and getting home come up more. */
const DARK_MONTHS = new Set([1, 2, 10, 11, 12]);
const SUMMER_MONTHS = new Set([6, 7, 8]);

/** How likely a text is to be said in a month: seasonal answers come up more in their season. */
function seasonWeight(text: SyntheticText, month: number): number {
  if (text.season === "dark") return DARK_MONTHS.has(month) ? 3 : 0.4;
  if (text.season === "summer") return SUMMER_MONTHS.has(month) ? 3 : 0.4;
  return 1;
}

/**
 * One synthetic answer in `locale` for a question asked of `voice`, in `month` (1-12). Questions
 * about help from services prefer answers about help. Falls back to English for a language with no
 * answer in that voice.
 */
export function pickText(
  rand: Prng,
  options: { locale: string; voice: Voice; aboutHelp: boolean; month: number },
): SyntheticText {
  const pool = (DEMO_TEXTS[options.locale] ?? en).answers;
  const voiced = pool.filter((t) => t.voice === options.voice);
  const candidates = voiced.length > 0 ? voiced : en.answers.filter((t) => t.voice === options.voice);
  const helpful = candidates.filter((t) => t.help);
  const list = options.aboutHelp && helpful.length > 0 && rand.chance(0.75) ? helpful : candidates;
  return list[rand.weighted(list.map((t) => seasonWeight(t, options.month)))] as SyntheticText;
}

/** Light, human variation so repeated answers do not read as copies (no words added or changed). */
export function varied(rand: Prng, text: string, voice: Voice): string {
  if (voice === "adult") return text;
  const roll = rand.next();
  if (roll < 0.15 && /[.!]$/u.test(text)) return text.slice(0, -1);
  if (roll < 0.25) return text.charAt(0).toLocaleLowerCase() + text.slice(1);
  return text;
}
