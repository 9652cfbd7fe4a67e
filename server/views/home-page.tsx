import type { SurveySummary } from "../domain/surveys/survey-summary";
import { AudiencePicture } from "./components/audience-picture";
import { Layout, type PageContext } from "./layout";

/** The groups the landing page asks people to choose from. */
export const AUDIENCE_CHOICES = [
  "child-8-12",
  "young-person-13-17",
  "young-adult-18-25",
  "parent-carer",
  "community",
] as const;

type HomeProps = PageContext & { audience?: string; surveys: readonly SurveySummary[] };

/** The landing page: "Who are you?" with pictures, then the surveys for the group chosen. */
export function HomePage({ t, locale, url, audience, surveys }: HomeProps) {
  const known = AUDIENCE_CHOICES.find((a) => a === audience);
  return (
    <Layout
      t={t}
      locale={locale}
      url={url}
      title={known ? t("home.surveysFor", { audience: t(`audience.${known}`) }) : t("home.title")}
    >
      <h1>{known ? t("home.surveysFor", { audience: t(`audience.${known}`) }) : t("home.title")}</h1>
      {known ? null : <p class="lead">{t("home.lead")}</p>}
      {known ? null : (
        <nav aria-labelledby="who-heading">
          <h2 id="who-heading">{t("home.whoAreYou")}</h2>
          <p class="hint">{t("home.whoAreYouHint")}</p>
          <ul class="audience-list">
            {AUDIENCE_CHOICES.map((a) => (
              <li key={a}>
                <a class="audience-card" href={`/?for=${a}`}>
                  <AudiencePicture audience={a} />
                  <span>{t(`who.${a}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section aria-labelledby="surveys-heading">
        <h2 id="surveys-heading">{known ? t("home.chooseSurvey") : t("home.allSurveys")}</h2>
        {surveys.length === 0 ? (
          <p>{t("home.noSurveys")}</p>
        ) : (
          <ul class="survey-list">
            {surveys.map((survey) => (
              <li key={survey.id} class="survey-card">
                <h3>
                  <a href={survey.url}>{survey.title}</a>
                </h3>
                <p class="secondary">
                  {t(`audience.${survey.audience}`)} · {t("home.minutes", { count: survey.estimatedMinutes })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {known ? (
        <p>
          <a href="/">{t("home.chooseAnother")}</a>
        </p>
      ) : null}
    </Layout>
  );
}
