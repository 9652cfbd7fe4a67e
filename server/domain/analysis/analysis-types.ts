// Plain types shared by redaction, disclosure detection, harm suggestion and their callers.

/** Kinds of personal information replaced by a typed placeholder such as `[phone]`. */
export const PII_TYPES = [
  "name",
  "phone",
  "email",
  "postcode",
  "address",
  "school",
  "url",
  "handle",
] as const;
export type PiiType = (typeof PII_TYPES)[number];

/** One replaced stretch of the ORIGINAL text: `text.slice(start, end)` was replaced by `[type]`. */
export type PiiSpan = { type: PiiType; start: number; end: number };

/** Text with personal information replaced, and where it was. */
export type Redaction = { redacted: string; pii: PiiSpan[] };

/** What a possible disclosure of harm is about; a text may be several. */
export const DISCLOSURE_CATEGORIES = [
  "immediate-danger",
  "self-harm",
  "physical-abuse",
  "sexual-abuse",
  "sexual-exploitation",
  "criminal-exploitation",
  "violence-weapons",
  "sextortion-image-abuse",
  "relationship-abuse",
  "radicalisation",
  "modern-slavery-trafficking",
  "missing",
] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

/** Whether a text may disclose harm (recall first: a missed disclosure is worse than a false alarm). */
export type Disclosure = { flag: boolean; categories: DisclosureCategory[] };

/** Harm ids from the framework (DESIGN.md section 2). */
export const HARM_IDS = [
  "cse",
  "cce",
  "serious-youth-violence",
  "trafficking",
  "modern-slavery",
  "online-abuse",
  "relationship-abuse",
  "bullying",
  "child-on-child-sexual-harm",
  "radicalisation",
] as const;
export type HarmId = (typeof HARM_IDS)[number];

/** The six locales free text may be written in (a text may also mix English in). */
export type AnalysisLocale = "en" | "pl" | "lt" | "lv" | "ro" | "bn";

/** Everything the analysis says about one free-text answer (the `heard analyse` output, less its id). */
export type TextAnalysis = Redaction & { safeguarding: Disclosure; harms: HarmId[] };
