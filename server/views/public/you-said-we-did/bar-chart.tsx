import type { PublishedCount } from "../../../domain/suppression";
import type { Formats } from "./format";

/** One bar: what it is, and its published count. */
export type Bar = { label: string; cell: PublishedCount };

type Props = {
  id: string;
  caption: string;
  /** Column headings of the table after the chart. */
  labelHeading: string;
  valueHeading: string;
  /** The sentence telling screen reader users the table repeats the numbers. */
  desc: string;
  bars: readonly Bar[];
  f: Formats;
};

const WIDTH = 640;
const ROW = 52;
const BAR_LEFT = 4;
const BAR_MAX = 520;
// SVG text does not wrap: a long theme label is cut in the picture (the table has it whole).
const short = (label: string) => (label.length > 64 ? `${label.slice(0, 62).trimEnd()}…` : label);

/**
 * A horizontal bar chart that is an image with a name and a description (role="img", <title>,
 * <desc>), followed by the same numbers as a table. Hidden counts get no bar, only a dashed outline
 * and their marker, so meaning never rests on colour or on length alone.
 */
export function BarChart({ id, caption, labelHeading, valueHeading, desc, bars, f }: Props) {
  const max = Math.max(1, ...bars.map((b) => (b.cell.kind === "count" ? b.cell.value : 0)));
  const height = bars.length * ROW + 8;
  const summary = bars.map((b) => `${b.label}: ${f.cell(b.cell)}`).join("; ");
  return (
    <figure class="ysd-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        class="ysd-chart__svg"
      >
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>{`${desc} ${summary}`}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const exact = bar.cell.kind === "count";
          const width = exact
            ? Math.max(2, (bar.cell.kind === "count" ? bar.cell.value / max : 0) * BAR_MAX)
            : 28;
          return (
            <g key={bar.label}>
              <text x={BAR_LEFT} y={y + 18} class="ysd-chart__label">
                {short(bar.label)}
              </text>
              <rect
                x={BAR_LEFT}
                y={y + 26}
                width={width}
                height={18}
                class={exact ? "ysd-chart__bar" : "ysd-chart__bar ysd-chart__bar--hidden"}
              />
              <text x={BAR_LEFT + width + 8} y={y + 40} class="ysd-chart__value">
                {f.cell(bar.cell)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="ysd-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" class="ysd-table__number">
              {valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td class="ysd-table__number">{f.cell(bar.cell)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
