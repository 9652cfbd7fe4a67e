// Live "You have N characters left" under long answers. The words come from the server in the
// page's language (data-count-templates), so the browser carries no i18n library.

type Templates = Partial<Record<Intl.LDMLPluralRule, string>>;

function message(templates: { left: Templates; over: Templates }, locale: string, remaining: number): string {
  const n = Math.abs(remaining);
  const category = new Intl.PluralRules(locale).select(n);
  const set = remaining >= 0 ? templates.left : templates.over;
  return (set[category] ?? set.other ?? "").replace("{{count}}", String(n));
}

function wire(group: HTMLElement) {
  const field = group.querySelector<HTMLTextAreaElement>("textarea[data-maxlength]");
  const count = group.querySelector<HTMLElement>(".character-count");
  const raw = group.dataset.countTemplates;
  if (!field || !count || !raw || group.dataset.counting) return;
  group.dataset.counting = "1";
  const templates = JSON.parse(raw) as { left: Templates; over: Templates };
  const max = Number(field.dataset.maxlength);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const remaining = max - [...field.value].length;
    count.textContent = message(templates, document.documentElement.lang, remaining);
    count.classList.toggle("character-count--over", remaining < 0);
  };
  // Screen readers hear the count after a pause in typing, not on every key.
  field.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });
  update();
}

/** Starts counting on every long-text question now on the page and on pages swapped in later. */
export function enhanceCharacterCounts() {
  const run = () => {
    for (const group of document.querySelectorAll<HTMLElement>("[data-character-count]")) wire(group);
  };
  run();
  document.addEventListener("heard:page", run);
}
