import type { TFunction } from "i18next";

const STATUS_CLASS: Record<string, string> = {
  new: "tag",
  "in-review": "tag tag--warning",
  actioned: "tag tag--done",
  "no-further-action": "tag tag--done",
};

/** A status as a word in a box (the word carries the meaning, the colour only repeats it). */
export function StatusTag({ t, status }: { t: TFunction; status: string }) {
  return <strong class={STATUS_CLASS[status] ?? "tag"}>{t(`ws.safeguarding.status.${status}`)}</strong>;
}

/** "Overdue" when it is, nothing otherwise. */
export function OverdueTag({ t, overdue }: { t: TFunction; overdue: boolean }) {
  return overdue ? <strong class="tag tag--danger">{t("ws.safeguarding.queue.overdue")}</strong> : null;
}

/** What the analysis thinks an item may be about, each as a tag; unknown ids are shown as they are. */
export function CategoryTags({ t, categories }: { t: TFunction; categories: readonly string[] }) {
  return (
    <ul class="safeguarding-categories">
      {categories.map((c) => (
        <li key={c}>
          <span class={c === "immediate-danger" ? "tag tag--danger" : "tag"}>
            {t(`ws.safeguarding.categories.${c}`, { defaultValue: c })}
          </span>
        </li>
      ))}
    </ul>
  );
}
