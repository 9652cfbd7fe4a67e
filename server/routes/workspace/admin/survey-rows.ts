import type { Db } from "../../../db/db";
import { today } from "../../../db/queries/responses";
import { type SurveyStatus, surveySettingsById } from "../../../db/queries/survey-settings";
import {
  NO_RESPONSES,
  responseCountsBySurvey,
  type SurveyCounts,
} from "../../../db/queries/survey-settings-counts";
import { quarterOf } from "../../../domain/periods/period";
import { bundledSurveys } from "../../../surveys/bundled-surveys";
import { surveyIn } from "../../../surveys/localised-surveys";

/** A bundled survey as officers manage it: open or closed, and how many responses it has. */
export type SurveyRow = {
  id: string;
  version: number;
  title: string;
  audience: string;
  status: SurveyStatus;
  /** The day the status last changed; null while it has never been closed. */
  changedOn: string | null;
  counts: SurveyCounts;
};

/** Every bundled survey in listing order, titled in `locale`. */
export async function surveyRows(db: Db, locale: string, day = today()): Promise<SurveyRow[]> {
  const [settings, counts] = await Promise.all([
    surveySettingsById(db),
    responseCountsBySurvey(db, quarterOf(day).from),
  ]);
  return bundledSurveys.map((survey) => {
    const setting = settings.get(survey.id);
    return {
      id: survey.id,
      version: survey.version,
      title: surveyIn(survey.id, locale)?.title ?? survey.title,
      audience: survey.audience,
      status: setting?.status ?? "open",
      changedOn: setting?.changedOn ?? null,
      counts: counts.get(survey.id) ?? NO_RESPONSES,
    };
  });
}
