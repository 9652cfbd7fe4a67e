import type { TFunction } from "i18next";
import type { PublishedCount } from "../../../domain/suppression";
import type { Labels } from "./labels";

/**
 * A count as text: the number, or the suppression marker with words for screen readers, so `<10`
 * is never read out as "less than sign ten" and `[c]` is explained.
 */
export function CountCell({ t, labels, cell }: { t: TFunction; labels: Labels; cell: PublishedCount }) {
  if (cell.kind === "count") return <>{labels.number(cell.value)}</>;
  const spoken =
    cell.display === "[c]"
      ? t("ws.coding.counts.complementary")
      : t("ws.coding.counts.small", { k: cell.display.slice(1) });
  return (
    <>
      <span aria-hidden="true">{cell.display}</span>
      <span class="visually-hidden">{spoken}</span>
    </>
  );
}
