// Which language a published quote's words are in, for its `lang` attribute (WCAG 3.1.2).
// The respondent's interface language is not published as such: a quote is individual data, and
// "this English sentence came from someone using the Lithuanian pages" could point at one child in
// a small community. It is also often wrong (many answer in English on a translated page). So a
// quote is marked only when its own letters already show the language: then the attribute tells a
// reader nothing the words do not, and a screen reader reads the words in the right voice.

/** Letters only that language (of ours) writes, or a script only it uses. */
const OWN_LETTERS: Readonly<Record<string, RegExp>> = {
  pl: /[ąćęłńóśźż]/iu,
  lt: /[ąčęėįšųūž]/iu,
  lv: /[āčēģīķļņšūž]/iu,
  ro: /[ăâîșşțţ]/iu,
  bn: /[\u0980-\u09ff]/u,
};

/**
 * The language to mark a quote with: the respondent's interface language when the quote's own
 * letters show it, else none (the quote is read in the page's language).
 */
export function quoteLanguage(text: string, answeredIn: string): string | undefined {
  return OWN_LETTERS[answeredIn]?.test(text) ? answeredIn : undefined;
}
