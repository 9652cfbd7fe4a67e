/** Where a request's locale can come from, strongest first. */
export type LocaleHints = { query?: string; cookie?: string; acceptLanguage?: string };

/** Accept-Language ranges by preference: `pl-PL,pl;q=0.9,en;q=0.5` → ["pl-pl", "pl", "en"]. */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { range: range.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.range && r.range !== "*" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.range);
}

function match<L extends string>(tag: string | undefined, supported: readonly L[]): L | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split("-")[0];
  return supported.find((l) => l === primary);
}

/**
 * The locale to use: `?lang=`, then the saved preference cookie, then the browser's
 * Accept-Language, then the first supported locale (the default).
 */
export function negotiateLocale<L extends string>(hints: LocaleHints, supported: readonly [L, ...L[]]): L {
  return (
    match(hints.query, supported) ??
    match(hints.cookie, supported) ??
    parseAcceptLanguage(hints.acceptLanguage ?? "")
      .map((range) => match(range, supported))
      .find((l) => l !== undefined) ??
    supported[0]
  );
}
