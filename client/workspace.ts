// The officers' pages work without JavaScript; this only adds conveniences on top.

const summary = document.querySelector<HTMLElement>("[data-error-summary]");
summary?.focus();
