import type { TFunction } from "i18next";
import type { Translate } from "../../../domain/reports/report-text";

/** i18next's `t` as the plain call shape the report's renderers take (they do not import i18next). */
export function asTranslate(t: TFunction): Translate {
  return (key, options) => (options ? t(key, options) : t(key));
}
