import { BackLink } from "../components/back-link";
import { HelpPanel } from "../components/help-panel";
import { Layout, type PageContext } from "../layout";

/** One row of "Check your answers": the question, what was answered (as words), and where to change it. */
export type CheckRow = { questionId: string; question: string; answer: string[]; changeHref: string };

/** GOV.UK "Check your answers": every visible question with a Change link, then Send. */
export function CheckAnswersPage(
  props: PageContext & {
    surveyTitle: string;
    rows: CheckRow[];
    backHref: string;
    action: string;
    showHelp?: boolean;
  },
) {
  const { t, locale, url, kiosk, helpFor, rows } = props;
  return (
    <Layout t={t} locale={locale} url={url} kiosk={kiosk} helpFor={helpFor} title={t("check.title")}>
      <BackLink href={props.backHref} label={t("question.back")} />
      {props.showHelp ? <HelpPanel t={t} helpHref={`/help${helpFor ? `?for=${helpFor}` : ""}`} /> : null}
      <p class="caption">{props.surveyTitle}</p>
      <h1>{t("check.title")}</h1>
      <p>{t("check.lead")}</p>
      <dl class="summary-list">
        {rows.map((row) => (
          <div class="summary-list__row" key={row.questionId}>
            <dt class="summary-list__key">{row.question}</dt>
            <dd class="summary-list__value">
              {row.answer.length === 0 ? (
                <span class="secondary">{t("answers.notAnswered")}</span>
              ) : row.answer.length === 1 ? (
                row.answer[0]
              ) : (
                <ul class="list">
                  {row.answer.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dd class="summary-list__actions">
              <a href={row.changeHref}>
                {t("check.change")}
                <span class="visually-hidden"> {t("check.changeHidden", { question: row.question })}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("check.sendTitle")}</h2>
      <p>{t("check.sendBody")}</p>
      <form method="post" action={props.action} data-enhance>
        <button type="submit" class="button">
          {t("check.send")}
        </button>
      </form>
    </Layout>
  );
}
