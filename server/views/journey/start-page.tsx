import type { Survey } from "../../domain/surveys/survey-schema";
import { Layout, type PageContext } from "../layout";

/** The survey's start page: what it is about, how long, and what "anonymous" means here. */
export function StartPage({
  t,
  locale,
  url,
  kiosk,
  helpFor,
  survey,
  action,
  notice,
  kioskEvent,
}: PageContext & { survey: Survey; action: string; notice?: string; kioskEvent?: string }) {
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={survey.title}>
      {notice ? (
        <div class="notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{survey.title}</h1>
      <p class="lead">{survey.intro}</p>
      <ul class="list">
        <li>{t("start.time", { count: survey.estimatedMinutes })}</li>
        <li>{t("start.questions", { count: survey.questions.length })}</li>
      </ul>
      <div class="inset">
        <h2>{t("start.anonymousTitle")}</h2>
        <p>{t("start.anonymousBody")}</p>
        <p>{t("start.anonymousMeans")}</p>
        <p>
          <a href="/privacy">{t("start.privacyLink")}</a>
        </p>
      </div>
      <form method="post" action={action} data-enhance>
        {kioskEvent !== undefined ? <input type="hidden" name="event" value={kioskEvent} /> : null}
        <button type="submit" class="button button--start">
          {t("start.startNow")}
        </button>
      </form>
    </Layout>
  );
}
