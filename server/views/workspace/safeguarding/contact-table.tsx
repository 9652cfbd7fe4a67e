import { formatDay } from "./format-date";
import { Pager } from "./pager";
import type { QueuePageProps } from "./queue-page";
import { queueHref } from "./queue-query";
import { OverdueTag, StatusTag } from "./queue-tags";

const CONTACT_FILTERS = ["new", "actioned", "all"] as const;

/** The queue's second part: requests to talk to someone, oldest first; never their details. */
export function ContactTable(props: QueuePageProps) {
  const { t, locale, query, contacts } = props;
  const s = (key: string, options: Record<string, unknown> = {}) =>
    t(`ws.safeguarding.contacts.${key}`, options);
  return (
    <>
      <h2 id="contacts">{s("heading")}</h2>
      <p>{s("lead")}</p>
      <form method="get" action="/workspace/safeguarding#contacts" class="filters">
        <div class="form-group">
          <label class="label" for="contacts-filter">
            {s("filter")}
          </label>
          <select class="select" id="contacts-filter" name="contacts">
            {CONTACT_FILTERS.map((value) => (
              <option key={value} value={value} selected={value === query.contacts}>
                {value === "all"
                  ? t("ws.safeguarding.queue.filter.all")
                  : t(`ws.safeguarding.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="status" value={query.status} />
        <button type="submit" class="button button--secondary button--small">
          {t("ws.safeguarding.queue.filter.apply")}
        </button>
      </form>
      {contacts.length === 0 ? (
        <p>{s("none")}</p>
      ) : (
        <div class="table-wrap">
          <table class="table safeguarding-table">
            <caption>{s("count", { count: props.contactTotal })}</caption>
            <thead>
              <tr>
                <th scope="col">{s("columns.requested")}</th>
                <th scope="col">{s("columns.linked")}</th>
                <th scope="col">{s("columns.status")}</th>
                <th scope="col">
                  <span class="visually-hidden">{s("columns.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((request) => (
                <tr key={request.id}>
                  <td>{formatDay(locale, request.requestedOn)}</td>
                  <td>{request.linked ? s("linkedYes") : s("linkedNo")}</td>
                  <td>
                    <StatusTag t={t} status={request.status} /> <OverdueTag t={t} overdue={request.overdue} />
                  </td>
                  <td>
                    <a
                      class="safeguarding-open"
                      href={`/workspace/safeguarding/contact-requests/${request.id}`}
                    >
                      {t("ws.safeguarding.queue.open")}
                      <span class="visually-hidden">
                        {" "}
                        {s("openRequest", { date: formatDay(locale, request.requestedOn) })}
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
        label={s("pages")}
        page={query.cpage}
        total={props.contactTotal}
        pageSize={props.pageSize}
        href={(cpage) => `${queueHref(query, { cpage })}#contacts`}
      />
    </>
  );
}
