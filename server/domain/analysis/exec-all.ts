/**
 * Every match of a global regular expression in `text`, as `text.matchAll(regex)` gives them.
 * `matchAll` copies the expression on every call (~2 µs each for our large ones, measured), and
 * redaction calls it dozens of times for each answer of each submission; this walks
 * the one expression with `exec` instead. It starts from 0 and leaves `lastIndex` at 0, and
 * collects every match before returning, so a caller's loop can use the same expression again.
 */
export function execAll(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`execAll needs a global expression: ${regex}`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    matches.push(m);
    // An empty match would be found again at the same place; step past it (by code point under /u).
    if (m[0] === "")
      regex.lastIndex = nextIndex(text, regex.lastIndex, regex.unicode || regex.flags.includes("v"));
  }
  regex.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
