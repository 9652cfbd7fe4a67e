import type { ComponentChildren } from "preact";

/** One row of a GOV.UK summary list. */
export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="summary-list__row">
      <dt class="summary-list__key">{label}</dt>
      <dd class="summary-list__value">{children}</dd>
    </div>
  );
}
