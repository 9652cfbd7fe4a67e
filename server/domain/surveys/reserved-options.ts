// Plain data, no zod: the browser bundle reads these too.

/** Value of the "I don't know" option the engine adds to choice questions. */
export const DONT_KNOW = "dont-know";
/** Value of the "I'd rather not say" option the engine adds to choice questions. */
export const PREFER_NOT_TO_SAY = "prefer-not-to-say";
/** Option values a survey file may not use, because the engine adds them itself. */
export const RESERVED_OPTION_VALUES: readonly string[] = [DONT_KNOW, PREFER_NOT_TO_SAY];
/** The answers a yes-no-unsure question offers. */
export const YES_NO_UNSURE = ["yes", "no", "unsure"] as const;
