import type { PiiSpan } from "../analysis-types";
import { execAll } from "../exec-all";

// A run of digits with at most two separators between any two of them: "07123 456 789", "+44 (0)7123-456789".
// The run is then cut into the longest pieces that are real numbers, so "in 2024 07123456789" keeps the year.
const RUN = /(?<![\p{N}+])(?:\+\s?)?\(?\d(?:[ .\-()\u00a0]{0,2}\d){6,}/gu;
const MAX_DIGITS = 15;

type Group = { digits: string; start: number; end: number };

/** Phone numbers: UK in any spacing (07…, 01…, 02…, +44, 0044, (01724)), other +country numbers, long digit strings. */
export function detectPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const run of execAll(RUN, text)) {
    const plus = run[0].startsWith("+");
    const groups: Group[] = execAll(/\d+/g, run[0]).map((g) => ({
      digits: g[0],
      start: run.index + g.index,
      end: run.index + g.index + g[0].length,
    }));
    let i = 0;
    while (i < groups.length) {
      const j = longestNumberFrom(groups, i, plus && i === 0);
      if (j === undefined) {
        i++;
        continue;
      }
      const start = i === 0 ? run.index : (groups[i] as Group).start;
      spans.push({ type: "phone", start, end: (groups[j] as Group).end });
      i = j + 1;
    }
  }
  return spans;
}

function longestNumberFrom(groups: Group[], i: number, plus: boolean): number | undefined {
  let digits = "";
  let found: number | undefined;
  for (let j = i; j < groups.length && digits.length <= MAX_DIGITS; j++) {
    digits += (groups[j] as Group).digits;
    if (isNumber(groups.slice(i, j + 1), digits, plus)) found = j;
  }
  return found;
}

function isNumber(groups: Group[], digits: string, plus: boolean): boolean {
  if (digits.length > MAX_DIGITS) return false;
  if (plus || digits.startsWith("00")) {
    const international = plus ? digits : digits.slice(2);
    if (international.startsWith("44"))
      return isUkNational(`0${international.slice(2)}`.replace(/^00/, "0"), groups);
    return international.length >= 8 && (plus || international.length >= 10);
  }
  if (digits.startsWith("0")) return isUkNational(digits, groups);
  if (groups.length === 1) return digits.length >= 9;
  // A mobile with its 0 dropped ("7700 900123").
  if (/^7\d{9}$/.test(digits) && (groups[0]?.digits.length ?? 0) >= 3) return true;
  // Polish mobiles are written 3-3-3 and start 4-8 ("512 345 678").
  return groups.length === 3 && groups.every((g) => g.digits.length === 3) && /^[4-8]/.test(digits);
}

// 10 or 11 digits after the leading 0, grouped the way people write numbers: an area or mobile
// prefix of three or more digits first ("01724 123456", "020 7946 0018"), "07" before groups of
// three or more ("07 700 900 123"), or digits spaced singly or in pairs. A date such as
// "01.05.2024 10.30" mixes two-digit groups with longer ones and fails.
function isUkNational(national: string, groups: Group[]): boolean {
  if (!/^0[1-9]\d{8,9}$/.test(national)) return false;
  const first = groups[0]?.digits ?? "";
  const afterCountryCode = first === "44" || first === "0044" || first === "0";
  if (afterCountryCode || first.length >= 3 || groups.every((g) => g.digits.length <= 2)) return true;
  return first.length === 2 && groups.slice(1).every((g) => g.digits.length >= 3);
}
