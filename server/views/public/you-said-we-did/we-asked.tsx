import type { TFunction } from "i18next";
import type { PublicationContent, Reader } from "../../../domain/publications/publication-content";
import type { PublishedCount } from "../../../domain/suppression";
import { surveyIn } from "../../../surveys/localised-surveys";
import { BarChart } from "./bar-chart";
import type { Formats } from "./format";
import { AskedPicture } from "./pictures";

type Props = { t: TFunction; locale: string; content: PublicationContent; reader: Reader; f: Formats };

/** A count in a child's sentence: the number with its plural, or plain words when it is hidden. */
export function childCount(
  t: TFunction,
  cell: PublishedCount,
  k: number,
  key: "tookPart" | "saidBy",
): string {
  if (cell.kind === "count") return t(`ysd.child.${key}`, { count: cell.value });
  return cell.display === "[c]" ? t(`ysd.child.${key}Hidden`) : t(`ysd.child.${key}Few`, { k });
}

/** "We asked": which surveys ran in the period, when, and how many took part, by audience. */
export function WeAsked({ t, locale, content, reader, f }: Props) {
  const { surveys, byAudience, total } = content.weAsked;
  const title = (id: string, fallback: string) => surveyIn(id, locale)?.title ?? fallback;
  const when = (from: string, to: string) =>
    from === to ? f.month(from) : t("ysd.asked.months", { from: f.month(from), to: f.month(to) });
  return (
    <section class="ysd-section" aria-labelledby="we-asked">
      <h2 id="we-asked" class="ysd-section__heading">
        {reader === "child" ? <AskedPicture /> : null}
        <span>{t(`ysd.${reader}.weAsked`)}</span>
      </h2>
      <p>{t(`ysd.${reader}.weAskedLead`)}</p>
      {surveys.length === 0 ? <p>{t("ysd.asked.none")}</p> : null}
      {reader === "child" && surveys.length > 0 ? (
        <ul class="ysd-list">
          {surveys.map((s) => (
            <li key={s.id}>
              <strong>{title(s.id, s.title)}:</strong> {childCount(t, s.tookPart, content.k, "tookPart")}
            </li>
          ))}
        </ul>
      ) : null}
      {reader !== "child" && surveys.length > 0 ? (
        <>
          <div class="ysd-table-wrap">
            <table class="ysd-table">
              <caption>{t("ysd.asked.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("ysd.asked.survey")}</th>
                  <th scope="col">{t("ysd.asked.when")}</th>
                  <th scope="col" class="ysd-table__number">
                    {t("ysd.asked.tookPart")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {surveys.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{title(s.id, s.title)}</th>
                    <td>{when(s.firstMonth, s.lastMonth)}</td>
                    <td class="ysd-table__number">{f.cell(s.tookPart)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t("ysd.asked.total")}
                  </th>
                  <td class="ysd-table__number">{f.cell(total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <BarChart
            id="who-took-part"
            caption={t("ysd.asked.audienceCaption")}
            labelHeading={t("ysd.asked.audience")}
            valueHeading={t("ysd.asked.tookPart")}
            desc={t("ysd.chart.desc")}
            bars={byAudience.map((row) => ({
              label: t(`audience.${row.audience}`, { defaultValue: row.audience }),
              cell: row.cell,
            }))}
            f={f}
          />
        </>
      ) : null}
    </section>
  );
}
