import type { Survey } from "./survey-schema";

/** The public listing of a survey: enough to choose it, nothing of its questions. */
export type SurveySummary = {
  id: string;
  version: number;
  title: string;
  audience: Survey["audience"];
  engagementLevel: Survey["engagementLevel"];
  estimatedMinutes: number;
  url: string;
};

/** Summarises a survey for listings; `url` is the page that starts it. */
export function summariseSurvey(survey: Survey): SurveySummary {
  return {
    id: survey.id,
    version: survey.version,
    title: survey.title,
    audience: survey.audience,
    engagementLevel: survey.engagementLevel,
    estimatedMinutes: survey.estimatedMinutes,
    url: `/s/${survey.id}`,
  };
}
