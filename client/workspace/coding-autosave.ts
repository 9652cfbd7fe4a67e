// Ticking a theme on an answer card saves it at once through the JSON API, so coding with the
// keyboard needs no "Save" press. Without JavaScript the card's own form does the same job.

// The pages are sent with `Referrer-Policy: no-referrer`, under which a browser labels a same-origin
// POST or DELETE `Origin: null`, and the server refuses writes it cannot place. "strict-origin" sends
// our own origin (and, as Referer, nothing more than that) on these requests only.
const SAME_SITE: RequestInit = { credentials: "same-origin", referrerPolicy: "strict-origin" };

async function save(card: HTMLElement, box: HTMLInputElement): Promise<boolean> {
  const answer = `${encodeURIComponent(card.dataset.responseId ?? "")}/answers/${encodeURIComponent(card.dataset.questionId ?? "")}`;
  const base = `/api/responses/${answer}/codes`;
  const response = box.checked
    ? await fetch(base, {
        ...SAME_SITE,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ themeId: box.value }),
      })
    : await fetch(`${base}/${encodeURIComponent(box.value)}`, { ...SAME_SITE, method: "DELETE" });
  return response.ok;
}

/** The labels of the ticked themes, for the card's "Themes:" line. */
function appliedLabels(card: HTMLElement): string[] {
  return [...card.querySelectorAll<HTMLInputElement>("[data-theme-toggle]:checked")].map((box) => {
    const label = box.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelector(".coding-key")?.remove();
    return label?.textContent?.trim() ?? box.value;
  });
}

/** Saves theme checkboxes as they change, and says so in the card's status line. */
export function startCodingAutosave(doc: Document = document): void {
  doc.addEventListener("change", async (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches("[data-theme-toggle]")) return;
    const card = box.closest<HTMLElement>("[data-answer-card]");
    const status = card?.querySelector<HTMLElement>("[data-card-status]");
    if (!card || !status) return;
    let ok = false;
    try {
      ok = await save(card, box);
    } catch {
      ok = false;
    }
    status.textContent = (ok ? status.dataset.saved : status.dataset.notSaved) ?? "";
    if (!ok) return;
    const applied = card.querySelector<HTMLElement>("[data-applied]");
    if (applied) applied.textContent = appliedLabels(card).join(", ") || (applied.dataset.none ?? "");
  });
}
