import type { HarmId } from "../analysis-types";
import type { Lexicon } from "../disclosure/lexicon-types";
import { HARMS_BN } from "./harm-lexicon-bn";
import { HARMS_EN } from "./harm-lexicon-en";
import { HARMS_LT } from "./harm-lexicon-lt";
import { HARMS_LV } from "./harm-lexicon-lv";
import { HARMS_PL } from "./harm-lexicon-pl";
import { HARMS_RO } from "./harm-lexicon-ro";

/** Every harm-topic lexicon, English first. */
export const HARM_LEXICONS: readonly Lexicon<HarmId>[] = [
  HARMS_EN,
  HARMS_PL,
  HARMS_LT,
  HARMS_LV,
  HARMS_RO,
  HARMS_BN,
];
