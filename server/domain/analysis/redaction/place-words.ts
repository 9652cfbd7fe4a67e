// Words that make a place of the words before them, shared by the address, school and name detectors.

/** Street types written in any case ("14 ashby rd"): a number before them is very likely a house. */
export const STREET_WORDS_ANY_CASE =
  "road rd street str st avenue ave av lane ln drive drv dr crescent cres terrace terr tce mews gardens gdns grove close".split(
    " ",
  );

/** Street types that are also everyday words ("way", "park", "green"): trusted only when capitalised or cued. */
export const STREET_WORDS_CAPITALISED =
  "way court ct place pl walk row park square sq hill rise view green parade gate bank croft chase meadow meadows fields vale boulevard wharf yard circle approach garth end grange villas broadway".split(
    " ",
  );

/** Words that end a school's name. */
export const SCHOOL_WORDS =
  "school academy college primary junior juniors infant infants high secondary grammar nursery sixth form".split(
    " ",
  );

const PLACE_NOUNS = [
  ...STREET_WORDS_ANY_CASE,
  ...STREET_WORDS_CAPITALISED,
  ...SCHOOL_WORDS,
  ..."centre center hospital station church hall house estate shopping library surgery mosque chapel ward field playing leisure community club bridge island beach woods wood farm street".split(
    " ",
  ),
];

const MONTHS_AND_DAYS =
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday christmas easter".split(
    " ",
  );

const PLACE_NOUN_SET = new Set(PLACE_NOUNS);
const NOT_A_SURNAME = new Set([...PLACE_NOUNS, ...MONTHS_AND_DAYS, "i", "i'm", "im"]);

/** True when the word names a kind of place, so a name before it is the place's ("Victoria Road", "Oakfield Park"). */
export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUN_SET.has(word.toLowerCase().replace(/\.$/, ""));
}

/** True when a capitalised word after a first name cannot be its surname ("Tyler Road", "Sam Monday"). */
export function cannotBeSurname(word: string): boolean {
  return NOT_A_SURNAME.has(word.toLowerCase());
}
