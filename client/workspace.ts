// The officers' pages work without JavaScript; this only adds conveniences on top.

import { startCodingAutosave } from "./workspace/coding-autosave";
import { startCodingShortcuts } from "./workspace/coding-shortcuts";

const summary = document.querySelector<HTMLElement>("[data-error-summary]");
summary?.focus();

startCodingShortcuts();
startCodingAutosave();
