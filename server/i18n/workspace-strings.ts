import type { Locale } from "./i18n";
import adminBn from "./workspace/admin/bn.json" with { type: "json" };
import adminEn from "./workspace/admin/en.json" with { type: "json" };
import adminLt from "./workspace/admin/lt.json" with { type: "json" };
import adminLv from "./workspace/admin/lv.json" with { type: "json" };
import adminPl from "./workspace/admin/pl.json" with { type: "json" };
import adminRo from "./workspace/admin/ro.json" with { type: "json" };
import codingBn from "./workspace/coding/bn.json" with { type: "json" };
import codingEn from "./workspace/coding/en.json" with { type: "json" };
import codingLt from "./workspace/coding/lt.json" with { type: "json" };
import codingLv from "./workspace/coding/lv.json" with { type: "json" };
import codingPl from "./workspace/coding/pl.json" with { type: "json" };
import codingRo from "./workspace/coding/ro.json" with { type: "json" };
import commonBn from "./workspace/common/bn.json" with { type: "json" };
import commonEn from "./workspace/common/en.json" with { type: "json" };
import commonLt from "./workspace/common/lt.json" with { type: "json" };
import commonLv from "./workspace/common/lv.json" with { type: "json" };
import commonPl from "./workspace/common/pl.json" with { type: "json" };
import commonRo from "./workspace/common/ro.json" with { type: "json" };
import safeguardingBn from "./workspace/safeguarding/bn.json" with { type: "json" };
import safeguardingEn from "./workspace/safeguarding/en.json" with { type: "json" };
import safeguardingLt from "./workspace/safeguarding/lt.json" with { type: "json" };
import safeguardingLv from "./workspace/safeguarding/lv.json" with { type: "json" };
import safeguardingPl from "./workspace/safeguarding/pl.json" with { type: "json" };
import safeguardingRo from "./workspace/safeguarding/ro.json" with { type: "json" };

/**
 * The officers' workspace strings, one folder per area so each area's words live beside each other,
 * merged under `ws.<area>` in every locale.
 */
export const WORKSPACE_STRINGS: Record<Locale, object> = {
  en: { common: commonEn, coding: codingEn, safeguarding: safeguardingEn, admin: adminEn },
  pl: { common: commonPl, coding: codingPl, safeguarding: safeguardingPl, admin: adminPl },
  lt: { common: commonLt, coding: codingLt, safeguarding: safeguardingLt, admin: adminLt },
  lv: { common: commonLv, coding: codingLv, safeguarding: safeguardingLv, admin: adminLv },
  ro: { common: commonRo, coding: codingRo, safeguarding: safeguardingRo, admin: adminRo },
  bn: { common: commonBn, coding: codingBn, safeguarding: safeguardingBn, admin: adminBn },
};
