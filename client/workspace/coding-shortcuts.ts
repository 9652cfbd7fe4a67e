// Keyboard shortcuts for the responses list: j/k move between answers, x ticks an answer for the
// bulk form, 1–9 toggle the card's first nine themes, a/r take the first suggestion. They never fire
// while someone types, and can be switched off (WCAG 2.1.4), remembered on this browser only.

const STORAGE_KEY = "heard.coding-shortcuts";

/** True when a key press belongs to a control being typed in, not to the page. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  if (target instanceof HTMLInputElement)
    return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return false;
}

function remembered(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== "off";
  } catch {
    return true;
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
  } catch {
    // Storage can be blocked; the switch still works for this page.
  }
}

/** Wires the shortcuts up on a page that lists answer cards; does nothing elsewhere. */
export function startCodingShortcuts(doc: Document = document): void {
  if (!doc.querySelector("[data-answer-list]")) return;
  let enabled = remembered();
  const wrapper = doc.querySelector<HTMLElement>("[data-shortcuts-switch]");
  const box = wrapper?.querySelector<HTMLInputElement>("input");
  if (wrapper && box) {
    wrapper.hidden = false;
    box.checked = enabled;
    box.addEventListener("change", () => {
      enabled = box.checked;
      remember(enabled);
    });
  }

  const cards = () => [...doc.querySelectorAll<HTMLElement>("[data-answer-card]")];
  let current: HTMLElement | undefined;
  // After a card's form is saved, the page comes back at that card (#answer-…): carry on from it.
  const saved = doc.location.hash ? doc.getElementById(decodeURIComponent(doc.location.hash.slice(1))) : null;
  if (saved?.matches("[data-answer-card]")) {
    current = saved;
    saved.focus();
  }
  doc.addEventListener("focusin", (event) => {
    const card =
      event.target instanceof Element ? event.target.closest<HTMLElement>("[data-answer-card]") : null;
    if (card) current = card;
  });

  const move = (step: 1 | -1) => {
    const all = cards();
    const at = current ? all.indexOf(current) : -1;
    const next = all[Math.min(all.length - 1, Math.max(0, at + step))];
    if (!next) return;
    current = next;
    next.focus();
    next.scrollIntoView({ block: "start" });
  };
  const click = (selector: string) => current?.querySelector<HTMLElement>(selector)?.click();

  doc.addEventListener("keydown", (event) => {
    if (!enabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    const key = event.key;
    if (key === "j" || key === "k") move(key === "j" ? 1 : -1);
    else if (!current) return;
    else if (key === "x") click("[data-bulk-select]");
    else if (/^[1-9]$/.test(key))
      current.querySelectorAll<HTMLElement>("[data-theme-toggle]")[Number(key) - 1]?.click();
    else if (key === "a") click("[data-accept]");
    else if (key === "r") click("[data-reject]");
    else return;
    event.preventDefault();
  });
}
