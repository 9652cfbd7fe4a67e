import type { DisclosureCategory } from "../analysis-types";
import { LEXICON_BN } from "./lexicon-bn";
import { LEXICON_BN_MORE } from "./lexicon-bn-more";
import { LEXICON_EN } from "./lexicon-en";
import { LEXICON_LT } from "./lexicon-lt";
import { LEXICON_LT_MORE } from "./lexicon-lt-more";
import { LEXICON_LV } from "./lexicon-lv";
import { LEXICON_LV_MORE } from "./lexicon-lv-more";
import { LEXICON_PL } from "./lexicon-pl";
import { LEXICON_PL_MORE } from "./lexicon-pl-more";
import { LEXICON_RO } from "./lexicon-ro";
import { LEXICON_RO_MORE } from "./lexicon-ro-more";
import type { Lexicon } from "./lexicon-types";

/** Every disclosure lexicon, English first; each other locale has a second part ("-more"). */
export const DISCLOSURE_LEXICONS: readonly Lexicon<DisclosureCategory>[] = [
  LEXICON_EN,
  LEXICON_PL,
  LEXICON_PL_MORE,
  LEXICON_LT,
  LEXICON_LT_MORE,
  LEXICON_LV,
  LEXICON_LV_MORE,
  LEXICON_RO,
  LEXICON_RO_MORE,
  LEXICON_BN,
  LEXICON_BN_MORE,
];
