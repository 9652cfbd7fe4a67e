// GOV.UK "Exit this page", enhanced: hide the page at once, then replace this history entry with
// /exit (which deletes the draft and redirects to a neutral site), so Back does not return here.
// Shift pressed 3 times does the same. Without this script the links still go to /exit.

const SHIFT_WINDOW_MS = 5000;

type Templates = Partial<Record<Intl.LDMLPluralRule, string>>;

function leave(event?: Event) {
  event?.preventDefault();
  document.documentElement.classList.add("exiting");
  document.title = "…";
  location.replace("/exit");
}

function announce(region: HTMLElement | null, remaining: number) {
  const raw = region?.dataset.templates;
  if (!region || !raw) return;
  const templates = JSON.parse(raw) as Templates;
  const form =
    templates[new Intl.PluralRules(document.documentElement.lang).select(remaining)] ?? templates.other ?? "";
  region.textContent = form.replace("{{count}}", String(remaining));
}

/** Exit links leave without a trace in this tab's history; Shift ×3 anywhere does the same. */
export function enhanceExitThisPage() {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.('a[href="/exit"]');
    if (link && event.button === 0 && !event.metaKey && !event.ctrlKey) leave(event);
  });
  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // As GOV.UK's component does: count Shift on its own (keyup, with no other key pressed while it was
  // held), and let any other key reset the count. Otherwise Shift+Tab three times (moving back through
  // the page) or three capital letters typed in an answer would throw the person out.
  let lastKeyWasModified = false;
  document.addEventListener("keyup", (event) => {
    if (event.key === "Shift" && !lastKeyWasModified) {
      presses += 1;
      clearTimeout(timer);
      timer = setTimeout(() => {
        presses = 0;
      }, SHIFT_WINDOW_MS);
      if (presses >= 3) return leave();
      announce(document.querySelector<HTMLElement>("[data-exit-count]"), 3 - presses);
    } else if (presses > 0) {
      presses = 0;
      clearTimeout(timer);
    }
    lastKeyWasModified = event.shiftKey;
  });
  // A page restored from the back/forward cache after an exit must not show again.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) location.reload();
  });
}
