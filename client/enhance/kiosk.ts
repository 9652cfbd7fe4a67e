// Shared devices (youth clubs, schools): after 2 minutes with nobody using the page it clears
// itself, counting down visibly for the last 30 seconds; after a submission it gets ready for the
// next person. The restart address deletes the draft on the server.

const IDLE_MS = 120_000;
const WARN_MS = 30_000;

type Templates = Partial<Record<Intl.LDMLPluralRule, string>>;

function say(el: HTMLElement, templates: Templates, count: number) {
  const form =
    templates[new Intl.PluralRules(document.documentElement.lang).select(count)] ?? templates.other ?? "";
  el.textContent = form.replace("{{count}}", String(count));
}

/** Starts the idle countdown on kiosk pages (those whose body names a restart address). */
export function enhanceKiosk() {
  const status = document.querySelector<HTMLElement>("[data-kiosk-idle]");
  if (!document.body.dataset.kioskRestart || !status) return;
  // Read when needed, not once: the page swap updates it as the journey moves on (see page-swap.ts).
  const restart = () => document.body.dataset.kioskRestart ?? "/";
  const idle = JSON.parse(status.dataset.templates ?? "{}") as Templates;
  let last = Date.now();
  const activity = () => {
    last = Date.now();
    status.classList.remove("kiosk-banner__idle--warning");
    status.textContent = status.dataset.noScript ?? status.textContent;
  };
  for (const type of ["pointerdown", "keydown", "input", "scroll", "touchstart"]) {
    document.addEventListener(type, activity, { passive: true, capture: true });
  }
  setInterval(() => {
    const left = IDLE_MS - (Date.now() - last);
    if (left <= 0) return location.replace(restart());
    if (left <= WARN_MS) {
      status.classList.add("kiosk-banner__idle--warning");
      say(status, idle, Math.ceil(left / 1000));
    }
  }, 1000);
  // After a submission, the confirmation page hands over to the next person on its own.
  const handOver = () => {
    const el = document.querySelector<HTMLElement>("[data-kiosk-next]");
    if (!el || el.dataset.counting) return;
    el.dataset.counting = "1";
    const templates = JSON.parse(el.dataset.templates ?? "{}") as Templates;
    let seconds = Number(el.dataset.seconds ?? 15);
    const tick = () => {
      if (seconds <= 0) return location.replace(restart());
      say(el, templates, seconds);
      seconds -= 1;
      setTimeout(tick, 1000);
    };
    tick();
  };
  handOver();
  document.addEventListener("heard:page", handOver);
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) location.replace(restart());
  });
}
