import type { DisclosureCategory } from "../analysis-types";
import { EN_ABUSE_RULES } from "./lexicon-en-abuse";
import { EN_COOCCURRENCE_RULES } from "./lexicon-en-cooccurrence";
import { EN_DANGER_RULES } from "./lexicon-en-danger";
import { EN_EXPLOITATION_RULES } from "./lexicon-en-exploitation";
import { EN_INDIRECT_RULES } from "./lexicon-en-indirect";
import { EN_MACROS } from "./lexicon-en-macros";
import { EN_REALISATION_RULES } from "./lexicon-en-realisation";
import { EN_SIGNS_RULES } from "./lexicon-en-signs";
import { EN_SLAVERY_RULES } from "./lexicon-en-slavery";
import { EN_THREAT_RULES } from "./lexicon-en-threats";
import { EN_VIOLENCE_RULES } from "./lexicon-en-violence";
import type { Lexicon } from "./lexicon-types";

/** The English disclosure lexicon, always run whatever the locale (people mix languages). */
export const LEXICON_EN: Lexicon<DisclosureCategory> = {
  locale: "en",
  macros: EN_MACROS,
  rules: [
    ...EN_DANGER_RULES,
    ...EN_ABUSE_RULES,
    ...EN_VIOLENCE_RULES,
    ...EN_EXPLOITATION_RULES,
    ...EN_SLAVERY_RULES,
    ...EN_REALISATION_RULES,
    ...EN_INDIRECT_RULES,
    ...EN_COOCCURRENCE_RULES,
    ...EN_SIGNS_RULES,
    ...EN_THREAT_RULES,
  ],
};
