// Static JSON imports, not fs: this module is bundled into the Cloudflare Worker too.
// One line per file in surveys/locales/<lng>/; a test checks none is missing a string.

import bnFeelingSafe from "../../surveys/locales/bn/feeling-safe.json" with { type: "json" };
import bnFramework from "../../surveys/locales/bn/framework.json" with { type: "json" };
import bnHelpYouGot from "../../surveys/locales/bn/help-you-got.json" with { type: "json" };
import bnMovingOn from "../../surveys/locales/bn/moving-on.json" with { type: "json" };
import bnParentsCarers from "../../surveys/locales/bn/parents-carers.json" with { type: "json" };
import bnQuickFeedback from "../../surveys/locales/bn/quick-feedback.json" with { type: "json" };
import bnStayingSafe from "../../surveys/locales/bn/staying-safe.json" with { type: "json" };
import ltFeelingSafe from "../../surveys/locales/lt/feeling-safe.json" with { type: "json" };
import ltFramework from "../../surveys/locales/lt/framework.json" with { type: "json" };
import ltHelpYouGot from "../../surveys/locales/lt/help-you-got.json" with { type: "json" };
import ltMovingOn from "../../surveys/locales/lt/moving-on.json" with { type: "json" };
import ltParentsCarers from "../../surveys/locales/lt/parents-carers.json" with { type: "json" };
import ltQuickFeedback from "../../surveys/locales/lt/quick-feedback.json" with { type: "json" };
import ltStayingSafe from "../../surveys/locales/lt/staying-safe.json" with { type: "json" };
import lvFeelingSafe from "../../surveys/locales/lv/feeling-safe.json" with { type: "json" };
import lvFramework from "../../surveys/locales/lv/framework.json" with { type: "json" };
import lvHelpYouGot from "../../surveys/locales/lv/help-you-got.json" with { type: "json" };
import lvMovingOn from "../../surveys/locales/lv/moving-on.json" with { type: "json" };
import lvParentsCarers from "../../surveys/locales/lv/parents-carers.json" with { type: "json" };
import lvQuickFeedback from "../../surveys/locales/lv/quick-feedback.json" with { type: "json" };
import lvStayingSafe from "../../surveys/locales/lv/staying-safe.json" with { type: "json" };
import plFeelingSafe from "../../surveys/locales/pl/feeling-safe.json" with { type: "json" };
import plFramework from "../../surveys/locales/pl/framework.json" with { type: "json" };
import plHelpYouGot from "../../surveys/locales/pl/help-you-got.json" with { type: "json" };
import plMovingOn from "../../surveys/locales/pl/moving-on.json" with { type: "json" };
import plParentsCarers from "../../surveys/locales/pl/parents-carers.json" with { type: "json" };
import plQuickFeedback from "../../surveys/locales/pl/quick-feedback.json" with { type: "json" };
import plStayingSafe from "../../surveys/locales/pl/staying-safe.json" with { type: "json" };
import roFeelingSafe from "../../surveys/locales/ro/feeling-safe.json" with { type: "json" };
import roFramework from "../../surveys/locales/ro/framework.json" with { type: "json" };
import roHelpYouGot from "../../surveys/locales/ro/help-you-got.json" with { type: "json" };
import roMovingOn from "../../surveys/locales/ro/moving-on.json" with { type: "json" };
import roParentsCarers from "../../surveys/locales/ro/parents-carers.json" with { type: "json" };
import roQuickFeedback from "../../surveys/locales/ro/quick-feedback.json" with { type: "json" };
import roStayingSafe from "../../surveys/locales/ro/staying-safe.json" with { type: "json" };
import type { SurveyStrings } from "../domain/surveys/survey-strings";

/** Translated survey text by locale, then survey id (English lives in the survey files). */
export const SURVEY_TRANSLATIONS: Record<string, Record<string, SurveyStrings>> = {
  pl: {
    "feeling-safe": plFeelingSafe,
    "staying-safe": plStayingSafe,
    "moving-on": plMovingOn,
    "parents-carers": plParentsCarers,
    "help-you-got": plHelpYouGot,
    "quick-feedback": plQuickFeedback,
  },
  lt: {
    "feeling-safe": ltFeelingSafe,
    "staying-safe": ltStayingSafe,
    "moving-on": ltMovingOn,
    "parents-carers": ltParentsCarers,
    "help-you-got": ltHelpYouGot,
    "quick-feedback": ltQuickFeedback,
  },
  lv: {
    "feeling-safe": lvFeelingSafe,
    "staying-safe": lvStayingSafe,
    "moving-on": lvMovingOn,
    "parents-carers": lvParentsCarers,
    "help-you-got": lvHelpYouGot,
    "quick-feedback": lvQuickFeedback,
  },
  ro: {
    "feeling-safe": roFeelingSafe,
    "staying-safe": roStayingSafe,
    "moving-on": roMovingOn,
    "parents-carers": roParentsCarers,
    "help-you-got": roHelpYouGot,
    "quick-feedback": roQuickFeedback,
  },
  bn: {
    "feeling-safe": bnFeelingSafe,
    "staying-safe": bnStayingSafe,
    "moving-on": bnMovingOn,
    "parents-carers": bnParentsCarers,
    "help-you-got": bnHelpYouGot,
    "quick-feedback": bnQuickFeedback,
  },
};

/** Translated place names by locale (`places.<id>`). */
export const FRAMEWORK_TRANSLATIONS: Record<string, SurveyStrings> = {
  pl: plFramework,
  lt: ltFramework,
  lv: lvFramework,
  ro: roFramework,
  bn: bnFramework,
};
