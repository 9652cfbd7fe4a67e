import type { TFunction } from "i18next";
import type { StaffContext } from "../../../http/app-env";
import type { ContactSummaryView, ItemSummary } from "../../../routes/workspace/safeguarding/schemas";
import type { PageContext } from "../../layout";
import { WorkspaceLayout } from "../workspace-layout";
import { ContactTable } from "./contact-table";
import { formatDay } from "./format-date";
import { Pager } from "./pager";
import { type QueueQuery, queueHref } from "./queue-query";
import { CategoryTags, OverdueTag, StatusTag } from "./queue-tags";

export type QueuePageProps = PageContext & {
  staff?: StaffContext;
  query: QueueQuery;
  items: ItemSummary[];
  itemTotal: number;
  contacts: ContactSummaryView[];
  contactTotal: number;
  pageSize: number;
};

const ITEM_FILTERS = ["open", "all", "new", "in-review", "actioned", "no-further-action"] as const;

function filterLabel(t: TFunction, value: string) {
  return value === "open" || value === "all"
    ? t(`ws.safeguarding.queue.filter.${value}`)
    : t(`ws.safeguarding.status.${value}`);
}

/** The safeguarding queue: possible disclosures then requests to talk to someone, oldest first. */
export function QueuePage(props: QueuePageProps) {
  const { t, locale, query, items } = props;
  const s = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.safeguarding.queue.${key}`, options);
  return (
    <WorkspaceLayout {...props} title={s("title")} section="safeguarding">
      <h1>{s("title")}</h1>
      <p class="lead">{s("lead")}</p>
      <p class="hint">{s("workingDays")}</p>

      <h2 id="items">{s("itemsHeading")}</h2>
      <form method="get" action="/workspace/safeguarding#items" class="filters">
        <div class="form-group">
          <label class="label" for="status">
            {s("filter.label")}
          </label>
          <select class="select" id="status" name="status">
            {ITEM_FILTERS.map((value) => (
              <option key={value} value={value} selected={value === query.status}>
                {filterLabel(t, value)}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="contacts" value={query.contacts} />
        <button type="submit" class="button button--secondary button--small">
          {s("filter.apply")}
        </button>
      </form>
      {items.length === 0 ? (
        <p>{s("noItems")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table safeguarding-table">
            <caption>{s("itemCount", { count: props.itemTotal })}</caption>
            <thead>
              <tr>
                <th scope="col">{s("columns.raised")}</th>
                <th scope="col">{s("columns.categories")}</th>
                <th scope="col">{s("columns.where")}</th>
                <th scope="col">{s("columns.status")}</th>
                <th scope="col">
                  <span class="visually-hidden">{s("columns.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{formatDay(locale, item.raisedOn)}</td>
                  <td>
                    <CategoryTags t={t} categories={item.categories} />
                  </td>
                  <td>
                    <span class="safeguarding-survey">{item.surveyTitle}</span>
                    <br />
                    {item.questionTitle}
                  </td>
                  <td>
                    <StatusTag t={t} status={item.status} /> <OverdueTag t={t} overdue={item.overdue} />
                    {item.overdue ? null : item.closedOn ? null : (
                      <span class="hint safeguarding-due">
                        {s("dueBy", { date: formatDay(locale, item.dueOn) })}
                      </span>
                    )}
                  </td>
                  <td>
                    <a class="safeguarding-open" href={`/workspace/safeguarding/items/${item.id}`}>
                      {s("open")}
                      <span class="visually-hidden">
                        {" "}
                        {s("openItem", { date: formatDay(locale, item.raisedOn), survey: item.surveyTitle })}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        t={t}
        label={s("itemPages")}
        page={query.page}
        total={props.itemTotal}
        pageSize={props.pageSize}
        href={(page) => `${queueHref(query, { page })}#items`}
      />
      <ContactTable {...props} />
    </WorkspaceLayout>
  );
}
