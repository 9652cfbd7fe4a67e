import type { TFunction } from "i18next";
import type { ThemeWithActions } from "../../../domain/publications/public-view";
import type { PublicationContent, Reader } from "../../../domain/publications/publication-content";
import { BarChart } from "./bar-chart";
import type { Formats } from "./format";
import { SaidPicture } from "./pictures";
import { childCount } from "./we-asked";

type Props = {
  t: TFunction;
  locale: string;
  content: PublicationContent;
  themes: ThemeWithActions[];
  reader: Reader;
  f: Formats;
};

/** "You said": the top themes with how many answers spoke of each, and approved quotes. */
export function YouSaid({ t, locale, content, themes, reader, f }: Props) {
  // Theme labels and descriptions are officer text in English: marked so screen readers say them right.
  const officerLang = locale === "en" ? undefined : "en";
  return (
    <section class="ysd-section" aria-labelledby="you-said">
      <h2 id="you-said" class="ysd-section__heading">
        {reader === "child" ? <SaidPicture /> : null}
        <span>{t(`ysd.${reader}.youSaid`)}</span>
      </h2>
      <p>{t(`ysd.${reader}.youSaidLead`)}</p>
      {themes.length === 0 ? <p>{t("ysd.said.none")}</p> : null}
      {reader !== "child" && themes.length > 0 ? (
        <BarChart
          id="top-themes"
          caption={t("ysd.said.caption")}
          labelHeading={t("ysd.said.theme")}
          valueHeading={t("ysd.said.answers")}
          desc={t("ysd.chart.desc")}
          bars={themes.map(({ theme }) => ({ label: theme.label, cell: theme.count }))}
          f={f}
        />
      ) : null}
      {themes.map(({ theme }) => (
        <article class="ysd-theme" key={theme.id} id={`theme-${theme.id}`}>
          <h3 lang={officerLang}>{theme.label}</h3>
          {reader === "child" ? <p>{childCount(t, theme.count, content.k, "saidBy")}</p> : null}
          {reader === "adult" && theme.description ? <p lang={officerLang}>{theme.description}</p> : null}
          {theme.quotes.length > 0 ? (
            <>
              <h4 class="ysd-quotes__heading">{t("ysd.said.quotes")}</h4>
              <ul class="ysd-quotes">
                {theme.quotes.map((q) => (
                  <li key={q.id}>
                    <blockquote class="ysd-quote" lang={q.lang}>
                      <p>“{q.text}”</p>
                    </blockquote>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
