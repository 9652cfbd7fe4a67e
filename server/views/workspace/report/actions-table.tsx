import type { Rag } from "../../../domain/actions/rag-status";
import type { ReportAction } from "../../../domain/reports/board-report-types";
import { dayText, type Translate } from "../../../domain/reports/report-text";

// The words carry the meaning; the colour only repeats it (WCAG 1.4.1).
const RAG_CLASS: Record<Rag, string> = {
  red: "tag tag--danger",
  amber: "tag tag--warning",
  green: "tag tag--success",
  done: "tag tag--done",
};

/** A RAG status as a labelled tag. */
export function RagTag({ rag, t }: { rag: Rag; t: Translate }) {
  return <strong class={RAG_CLASS[rag]}>{t(`ws.report.rag.${rag}`)}</strong>;
}

/** The actions against one outcome, most urgent first. */
export function ActionsTable(props: {
  actions: readonly ReportAction[];
  caption: string;
  t: Translate;
  locale: string;
}) {
  const { actions, caption, t, locale } = props;
  const a = (key: string) => t(`ws.report.actions.${key}`);
  return (
    <div class="table-wrap">
      <table class="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{a("action")}</th>
            <th scope="col">{a("agency")}</th>
            <th scope="col">{a("team")}</th>
            <th scope="col">{a("status")}</th>
            <th scope="col">{a("due")}</th>
            <th scope="col">{a("rag")}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.title}</th>
              <td>{t(`ws.report.agency.${action.agency}`)}</td>
              <td>{action.owningTeam}</td>
              <td>{t(`ws.report.status.${action.status}`)}</td>
              <td>{action.dueOn ? dayText(action.dueOn, locale) : a("noDate")}</td>
              <td>
                <RagTag rag={action.rag} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
