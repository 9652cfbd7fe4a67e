/**
 * How much one upload may hold. A busy event yields a few hundred forms; these leave room for a
 * term's worth while keeping one request's work (and memory) small on a Worker.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** Columns that are not questions: the form's language, and the day written on it. */
export const LOCALE_COLUMN = "locale";
export const DATE_COLUMN = "submitted_on";

/** What separates the choices ticked in one multi-choice cell. */
export const CHOICE_SEPARATOR = ";";

/** Longest cell value repeated back in a message; longer ones might be someone's words. */
export const ECHO_MAX = 40;
