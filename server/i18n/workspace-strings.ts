import type { Locale } from "./i18n";
import ysdBn from "./public/ysd/bn.json" with { type: "json" };
import ysdEn from "./public/ysd/en.json" with { type: "json" };
import ysdLt from "./public/ysd/lt.json" with { type: "json" };
import ysdLv from "./public/ysd/lv.json" with { type: "json" };
import ysdPl from "./public/ysd/pl.json" with { type: "json" };
import ysdRo from "./public/ysd/ro.json" with { type: "json" };
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
import publishingBn from "./workspace/publishing/bn.json" with { type: "json" };
import publishingEn from "./workspace/publishing/en.json" with { type: "json" };
import publishingLt from "./workspace/publishing/lt.json" with { type: "json" };
import publishingLv from "./workspace/publishing/lv.json" with { type: "json" };
import publishingPl from "./workspace/publishing/pl.json" with { type: "json" };
import publishingRo from "./workspace/publishing/ro.json" with { type: "json" };
import reportBn from "./workspace/report/bn.json" with { type: "json" };
import reportEn from "./workspace/report/en.json" with { type: "json" };
import reportLt from "./workspace/report/lt.json" with { type: "json" };
import reportLv from "./workspace/report/lv.json" with { type: "json" };
import reportPl from "./workspace/report/pl.json" with { type: "json" };
import reportRo from "./workspace/report/ro.json" with { type: "json" };
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
  en: {
    common: commonEn,
    coding: codingEn,
    safeguarding: safeguardingEn,
    admin: adminEn,
    report: reportEn,
    publishing: publishingEn,
  },
  pl: {
    common: commonPl,
    coding: codingPl,
    safeguarding: safeguardingPl,
    admin: adminPl,
    report: reportPl,
    publishing: publishingPl,
  },
  lt: {
    common: commonLt,
    coding: codingLt,
    safeguarding: safeguardingLt,
    admin: adminLt,
    report: reportLt,
    publishing: publishingLt,
  },
  lv: {
    common: commonLv,
    coding: codingLv,
    safeguarding: safeguardingLv,
    admin: adminLv,
    report: reportLv,
    publishing: publishingLv,
  },
  ro: {
    common: commonRo,
    coding: codingRo,
    safeguarding: safeguardingRo,
    admin: adminRo,
    report: reportRo,
    publishing: publishingRo,
  },
  bn: {
    common: commonBn,
    coding: codingBn,
    safeguarding: safeguardingBn,
    admin: adminBn,
    report: reportBn,
    publishing: publishingBn,
  },
};

/** Public areas with their own folder, merged at the top level (`ysd.*`: "you said, we did"). */
export const PUBLIC_AREA_STRINGS: Record<Locale, object> = {
  en: { ysd: ysdEn },
  pl: { ysd: ysdPl },
  lt: { ysd: ysdLt },
  lv: { ysd: ysdLv },
  ro: { ysd: ysdRo },
  bn: { ysd: ysdBn },
};
