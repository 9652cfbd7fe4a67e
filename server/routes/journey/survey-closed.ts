import type { Context } from "hono";
import type { Survey } from "../../domain/surveys/survey-schema";
import type { AppEnv } from "../../http/app-env";
import { TextPage } from "../../views/pages/text-page";
import { renderPage } from "../../views/render-page";

/**
 * What a closed survey's addresses show: its title, that it is closed, and a way back. 200 for the
 * start page (nothing went wrong), 409 when someone tries to start, answer or send it.
 */
export function closedSurveyPage(c: Context<AppEnv>, survey: Survey, status: 200 | 409 = 409) {
  const { t } = c.var;
  return renderPage(
    c,
    TextPage({
      ...c.var.page,
      title: survey.title,
      paragraphs: [t("start.closed")],
      links: [{ href: "/", label: t("errors.backToStart") }],
    }),
    status,
  );
}
