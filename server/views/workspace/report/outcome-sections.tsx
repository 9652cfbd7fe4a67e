import type { AimSection, OutcomeSection } from "../../../domain/reports/board-report-types";
import type { Translate } from "../../../domain/reports/report-text";
import { ActionsTable } from "./actions-table";
import { ThemesTable } from "./themes-table";

type Props = { t: Translate; locale: string };

function Outcome({ outcome, t, locale }: Props & { outcome: OutcomeSection }) {
  const o = (key: string, options?: Record<string, unknown>) => t(`ws.report.outcomes.${key}`, options);
  const headingId = `outcome-${outcome.id.replace(".", "-")}`;
  return (
    <section class="report-outcome" aria-labelledby={headingId}>
      <h4 id={headingId}>{outcome.label}</h4>
      <p>{o("ragSummary", outcome.rag)}</p>
      {outcome.actions.length > 0 ? (
        <ActionsTable actions={outcome.actions} caption={o("actionsCaption")} t={t} locale={locale} />
      ) : (
        <p>{o("noActions")}</p>
      )}
      {outcome.themes.length > 0 ? (
        <ThemesTable rows={outcome.themes} caption={o("themesCaption")} t={t} locale={locale} />
      ) : (
        <p>{o("noThemes")}</p>
      )}
    </section>
  );
}

/** The report by the strategy's four aims and their outcomes, each outcome starting a printed page. */
export function OutcomeSections({ aims, t, locale }: Props & { aims: readonly AimSection[] }) {
  return (
    <section class="report-outcomes" aria-labelledby="report-outcomes">
      <h2 id="report-outcomes">{t("ws.report.outcomes.heading")}</h2>
      {aims.map((aim) => (
        <section class="report-aim" key={aim.id} aria-labelledby={`aim-${aim.id}`}>
          <h3 id={`aim-${aim.id}`}>{t("ws.report.outcomes.aim", { aim: aim.label })}</h3>
          {aim.outcomes.map((outcome) => (
            <Outcome key={outcome.id} outcome={outcome} t={t} locale={locale} />
          ))}
        </section>
      ))}
    </section>
  );
}
