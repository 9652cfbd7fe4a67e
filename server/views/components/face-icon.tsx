// Mouth curves from very unhappy to very happy; drawn, not emoji, so every phone shows the same face.
const MOUTHS = [
  "M11 25 Q18 17 25 25",
  "M12 24 Q18 20 24 24",
  "M12 22 L24 22",
  "M12 21 Q18 25 24 21",
  "M11 20 Q18 28 25 20",
];
const FILLS = ["#f4b183", "#f8cf8c", "#fbe38e", "#c9e4a6", "#a6d99b"];

/**
 * A face for position `index` of an `of`-point scale (3 or 5), worst to best. Decorative: the
 * option's text label always sits beside it, so screen readers skip the picture.
 */
export function FaceIcon({ index, of }: { index: number; of: number }) {
  const mood = of === 3 ? ([0, 2, 4][index] ?? 2) : index;
  return (
    <svg class="face" viewBox="0 0 36 36" width="48" height="48" aria-hidden="true" focusable="false">
      <circle cx="18" cy="18" r="16" fill={FILLS[mood]} stroke="#0b0c0c" stroke-width="2" />
      <circle cx="12.5" cy="14" r="2" fill="#0b0c0c" />
      <circle cx="23.5" cy="14" r="2" fill="#0b0c0c" />
      <path d={MOUTHS[mood]} fill="none" stroke="#0b0c0c" stroke-width="2" stroke-linecap="round" />
    </svg>
  );
}
