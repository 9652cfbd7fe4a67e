import type { Page } from "playwright-core";

/** The focused element, described well enough to recognise it and to say why a check failed. */
export type Focused = {
  tag: string;
  id: string;
  type: string;
  name: string;
  className: string;
  text: string;
  href: string;
  checked: boolean;
  /** How focus shows ("outline on label", "background", ...), empty if it does not show at all. */
  indicators: string[];
  /** The element (or its label) is on screen with a real size, so the indicator can be seen. */
  onScreen: boolean;
};

/**
 * Describes `document.activeElement` and how its focus indicator shows: the computed style of the
 * element and its labels while focused is compared with the style after `blur()`, then focus is put
 * back. An outline counts only if it is drawn (style, width and a colour that is not transparent);
 * a box-shadow or background colour counts if it differs from the unfocused one.
 */
export function describeFocus(page: Page): Promise<Focused | null> {
  return page.evaluate((): Focused | null => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const labels = "labels" in el && el.labels ? [...(el.labels as NodeListOf<HTMLLabelElement>)] : [];
    const targets: [string, HTMLElement][] = [
      ["element", el],
      ...labels.map((l): [string, HTMLElement] => ["label", l]),
    ];
    const transparent = (colour: string) => colour === "transparent" || /rgba\(.*,\s*0\)$/.test(colour);
    const snap = () =>
      targets.map(([, t]) => {
        const cs = getComputedStyle(t);
        return {
          outline:
            cs.outlineStyle !== "none" &&
            Number.parseFloat(cs.outlineWidth) > 0 &&
            !transparent(cs.outlineColor)
              ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`
              : "",
          boxShadow: cs.boxShadow,
          background: cs.backgroundColor,
        };
      });
    const focused = snap();
    el.blur();
    const unfocused = snap();
    el.focus({ preventScroll: true });
    const indicators: string[] = [];
    targets.forEach(([role], i) => {
      const on = focused[i];
      const off = unfocused[i];
      if (!on || !off) return;
      if (on.outline && on.outline !== off.outline) indicators.push(`outline on ${role}`);
      if (on.boxShadow !== "none" && on.boxShadow !== off.boxShadow) indicators.push(`box-shadow on ${role}`);
      if (!transparent(on.background) && on.background !== off.background)
        indicators.push(`background on ${role}`);
    });
    const onScreen = targets.some(([, t]) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth + scrollX;
    });
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: input.type ?? "",
      name: input.name ?? "",
      className: typeof el.className === "string" ? el.className : "",
      text: (el.textContent ?? "").replace(/\s+/g, " ").trim(),
      href: el.getAttribute("href") ?? "",
      checked: Boolean(input.checked),
      indicators,
      onScreen,
    };
  });
}

/** A short name for a focused element in failure messages. */
export function nameOf(f: Focused | null): string {
  if (!f) return "nothing (body)";
  return `<${f.tag}${f.id ? `#${f.id}` : ""}${f.className ? `.${f.className.split(" ").join(".")}` : ""}>${f.text ? ` "${f.text.slice(0, 40)}"` : ""}`;
}

/** Every element reached by Tab, for reporting. */
export type FocusLog = string[];

/**
 * Presses Tab (or Shift+Tab) once and returns what took focus, throwing if nothing did or if the
 * focused element shows no visible focus indicator or is off screen.
 */
export async function tab(page: Page, log: FocusLog, options: { back?: boolean } = {}): Promise<Focused> {
  await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
  const focused = await describeFocus(page);
  if (!focused)
    throw new Error(`${options.back ? "Shift+Tab" : "Tab"} left focus on the page body (${page.url()})`);
  log.push(nameOf(focused));
  if (focused.indicators.length === 0) {
    throw new Error(`${nameOf(focused)} has no visible focus indicator (${page.url()})`);
  }
  if (!focused.onScreen)
    throw new Error(`${nameOf(focused)} took focus but is not on screen (${page.url()})`);
  return focused;
}

/** Tabs (forwards or back) until `wanted` says yes; fails after `max` presses. */
export async function tabUntil(
  page: Page,
  log: FocusLog,
  wanted: (f: Focused) => boolean,
  what: string,
  options: { back?: boolean; max?: number } = {},
): Promise<Focused> {
  const max = options.max ?? 40;
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const focused = await tab(page, log, options);
    if (wanted(focused)) return focused;
    seen.push(nameOf(focused));
  }
  throw new Error(
    `${what} not reached after ${max} ${options.back ? "Shift+Tab" : "Tab"} presses on ${page.url()}; saw ${seen.join(", ")}`,
  );
}

/** What is focused now, without pressing anything. */
export async function activeElement(page: Page): Promise<{ tag: string; id: string; className: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      className: el?.getAttribute("class") ?? "",
    };
  });
}
