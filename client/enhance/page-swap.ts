// Progressive enhancement: forms and links inside the journey load the next page without a full
// reload. The server renders every page either way, so what is submitted never changes.

// Parts of the frame outside <main> that depend on the page shown: the language links point at the
// page itself, and the header's home link and the body's kiosk restart address (which deletes the
// draft) change once a shared device's survey has begun. Left stale, "English" on a question page
// would open the start page, and an idle kiosk would go back without deleting the draft.
const FRAME_PARTS = [".language-switcher", ".site-header"];

/** Brings the frame around <main> in step with the fetched page. */
function syncFrame(next: Document) {
  for (const selector of FRAME_PARTS) {
    const part = document.querySelector(selector);
    const nextPart = next.querySelector(selector);
    if (part && nextPart) part.replaceWith(nextPart);
  }
  // A page outside the journey (say, privacy) has no restart address: a shared device keeps its own.
  const restart = next.body?.dataset.kioskRestart;
  if (restart) document.body.dataset.kioskRestart = restart;
}

/** Swaps in the <main>, title and lang of a fetched page, then moves focus like GOV.UK pages do. */
function swapIn(html: string) {
  const next = new DOMParser().parseFromString(html, "text/html");
  const main = document.querySelector("main");
  const nextMain = next.querySelector("main");
  if (!main || !nextMain) return false;
  document.title = next.title;
  document.documentElement.lang = next.documentElement.lang;
  document.documentElement.dir = next.documentElement.dir;
  syncFrame(next);
  main.replaceWith(nextMain);
  window.scrollTo(0, 0);
  const summary = nextMain.querySelector<HTMLElement>("[data-error-summary]");
  (summary ?? nextMain).focus();
  document.dispatchEvent(new CustomEvent("heard:page"));
  return true;
}

const withoutHash = (url: string) => url.split("#")[0];
// The address of the page now shown, so popstate can tell a move within it from a move to another page.
let shownPage = withoutHash(location.href);

async function load(url: string, init: RequestInit, push: boolean): Promise<boolean> {
  try {
    const res = await fetch(url, { ...init, credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!(res.headers.get("content-type") ?? "").includes("text/html")) return false;
    const html = await res.text();
    // A POST answered with a page (an error, or the receipt) keeps the address it was posted from.
    const shownUrl = res.redirected || init.method !== "POST" ? res.url : location.href;
    if (!swapIn(html)) return false;
    if (push) history.pushState({ heard: true }, "", shownUrl);
    shownPage = withoutHash(location.href);
    return true;
  } catch {
    return false;
  }
}

function sameOriginJourneyLink(a: HTMLAnchorElement): boolean {
  return (
    a.origin === location.origin &&
    !a.hasAttribute("download") &&
    a.target === "" &&
    !a.pathname.startsWith("/exit") &&
    !a.pathname.startsWith("/assets/")
  );
}

/** Turns on no-reload navigation for `form[data-enhance]` and same-origin links in <main>. */
export function enhancePageSwaps() {
  if (!("fetch" in window) || !("DOMParser" in window)) return;
  document.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.matches("form[data-enhance]") || event.defaultPrevented) return;
    event.preventDefault();
    const body = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string") body.append(key, value);
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button) button.disabled = true;
    void load(form.action, { method: "POST", body }, true).then((ok) => {
      if (button) button.disabled = false;
      if (!ok) form.submit(); // fall back to the plain form post rather than lose the answer
    });
  });
  document.addEventListener("click", (event) => {
    const a = (event.target as Element).closest?.("main a[href]") as HTMLAnchorElement | null;
    if (
      !a ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    if (!sameOriginJourneyLink(a) || (a.hash && a.pathname === location.pathname)) return;
    event.preventDefault();
    void load(a.href, { method: "GET" }, true).then((ok) => {
      if (!ok) location.href = a.href;
    });
  });
  // Entries this script makes carry a state; mark the first page's entry too, so that only entries
  // made by in-page links (#fragment) have none.
  if (history.state === null) history.replaceState({ heard: true }, "");
  window.addEventListener("popstate", (event) => {
    // The skip link and error-summary links add a history entry and fire popstate. The right page is
    // already shown: loading it again would drop what was typed and pull focus off the link's target.
    if (event.state === null && withoutHash(location.href) === shownPage) return;
    void load(location.href, { method: "GET" }, false).then((ok) => {
      if (!ok) location.reload();
    });
  });
}
