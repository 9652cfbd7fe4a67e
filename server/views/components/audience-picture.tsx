// Simple figures, taller for older groups: a picture that helps a child choose without reading much.
const FIGURES: Record<string, { heights: number[]; colour: string }> = {
  "child-8-12": { heights: [22], colour: "#f0a30a" },
  "young-person-13-17": { heights: [28], colour: "#2b8cc4" },
  "young-adult-18-25": { heights: [32], colour: "#6f72af" },
  "parent-carer": { heights: [32, 20], colour: "#28a197" },
  community: { heights: [28, 32, 24], colour: "#912b88" },
};

/** A decorative picture for an audience; the text beside it carries the meaning. */
export function AudiencePicture({ audience }: { audience: string }) {
  const figure = FIGURES[audience] ?? { heights: [28], colour: "#505a5f" };
  const gap = 40 / (figure.heights.length + 1);
  return (
    <svg
      class="audience-picture"
      viewBox="0 0 40 40"
      width="56"
      height="56"
      aria-hidden="true"
      focusable="false"
    >
      {figure.heights.map((h, i) => {
        const x = gap * (i + 1);
        return (
          <g key={x} fill={figure.colour}>
            <circle cx={x} cy={38 - h} r={h / 7} />
            <rect x={x - h / 7} y={38 - h + h / 5} width={(2 * h) / 7} height={h * 0.78} rx={2} />
          </g>
        );
      })}
    </svg>
  );
}
