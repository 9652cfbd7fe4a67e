import { inPeriod } from "../periods/period";
import { addDays, type DemoWindow, daysOf } from "./demo-window";
import type { Prng } from "./prng";

/** One response to make: which survey, on which day, in which language and how it arrived. */
export type PlannedResponse = {
  surveyId: string;
  day: string;
  locale: string;
  channel: "online" | "paper";
  eventLabel: string | null;
  /** A synthetic possible disclosure to write as its free-text answer. */
  disclosure?: string;
};

type Curve = readonly number[]; // January..December

// School surveys follow the school year (holidays are quiet, autumn campaigns are busy); the
// community card follows summer events; the parents' survey follows parents' evenings.
const SCHOOL: Curve = [1.0, 1.0, 1.2, 0.7, 1.2, 1.3, 0.9, 0.3, 1.0, 1.3, 1.1, 0.6];
const PARENTS: Curve = [0.8, 0.9, 1.2, 0.7, 0.9, 1.0, 0.8, 0.4, 1.3, 1.4, 1.1, 0.5];
const EVENTS: Curve = [0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 1.7, 1.6, 1.0, 1.1, 0.7, 0.6];
const STEADY: Curve = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.7, 1.0, 1.0, 1.0, 0.7];

/** Responses a month at the curve's 1.0, and whether the survey is answered mostly on school days. */
const SURVEYS: Record<string, { perMonth: number; curve: Curve; schoolDays: boolean }> = {
  "feeling-safe": { perMonth: 85, curve: SCHOOL, schoolDays: true },
  "staying-safe": { perMonth: 70, curve: SCHOOL, schoolDays: true },
  "help-you-got": { perMonth: 16, curve: STEADY, schoolDays: true },
  "moving-on": { perMonth: 8, curve: STEADY, schoolDays: true },
  "parents-carers": { perMonth: 32, curve: PARENTS, schoolDays: false },
  "quick-feedback": { perMonth: 38, curve: EVENTS, schoolDays: false },
};
export const DEMO_SURVEY_IDS = Object.keys(SURVEYS);

const LOCALES = ["en", "pl", "ro", "lt", "lv", "bn"] as const;
// Polish is the largest community language here; parents answer in their own language more often.
const CHILD_LOCALES = [77, 9, 6, 4, 3, 1];
const PARENT_LOCALES = [62, 14, 10, 5, 4, 5];

const EVENTS_LABELS = ["Summer fun day", "Youth club open evening", "Community safety roadshow"];

/** The deliberately small groups, so suppression has something to hide in the target quarter. */
export const SMALL_GROUPS = {
  /** Young adults' "moving on" responses in the target quarter: one audience with 6. */
  movingOnInTarget: 6,
  /** Responses in Bengali in the target quarter. */
  bengaliInTarget: 3,
  /** Paper forms, all from one parents' evening in the target quarter. */
  paper: 4,
} as const;

const month = (day: string) => Number(day.slice(5, 7));
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/** How many responses a survey gets on each day of the window: seasonal, a little noisy, week-shaped. */
function dailyCounts(rand: Prng, surveyId: string, days: readonly string[]): Map<string, number> {
  const { perMonth, curve, schoolDays } = SURVEYS[surveyId] as (typeof SURVEYS)[string];
  const counts = new Map<string, number>();
  for (const day of days) {
    const dayWeight = schoolDays ? (isWeekend(day) ? 0.25 : 1.3) : isWeekend(day) ? 1.6 : 0.85;
    const expected = (perMonth / 30.4) * (curve[month(day) - 1] ?? 1) * dayWeight;
    // Bernoulli draws summing to `expected` on average: noisy like real days, deterministic by seed.
    let n = Math.floor(expected);
    if (rand.chance(expected - n)) n += 1;
    if (n > 0 && rand.chance(0.1)) n += rand.int(3); // a class or a session fills in the form together
    counts.set(day, n);
  }
  return counts;
}

/** The whole year of responses to make, oldest first, with the small groups exactly as promised. */
export function planYear(rand: Prng, window: DemoWindow): PlannedResponse[] {
  const days = daysOf(window);
  const inTarget = (day: string) => inPeriod(day, window.target);
  const plan: PlannedResponse[] = [];
  for (const surveyId of DEMO_SURVEY_IDS) {
    const counts = dailyCounts(rand, surveyId, days);
    const targetDays = days.filter(inTarget);
    if (surveyId === "moving-on") {
      for (const day of targetDays) counts.set(day, 0);
      for (const day of rand.shuffle(targetDays).slice(0, SMALL_GROUPS.movingOnInTarget)) counts.set(day, 1);
    }
    const weights = surveyId === "parents-carers" ? PARENT_LOCALES : CHILD_LOCALES;
    for (const day of days) {
      for (let i = 0; i < (counts.get(day) ?? 0); i++) {
        // Bengali in the target quarter is placed below, exactly.
        const allowed = inTarget(day) ? weights.map((w, j) => (LOCALES[j] === "bn" ? 0 : w)) : weights;
        const atEvent = surveyId === "quick-feedback" && isWeekend(day) && rand.chance(0.6);
        plan.push({
          surveyId,
          day,
          locale: LOCALES[rand.weighted(allowed)] as string,
          channel: "online",
          eventLabel: atEvent ? rand.pick(EVENTS_LABELS) : null,
        });
      }
    }
  }
  plan.sort((a, b) => a.day.localeCompare(b.day) || a.surveyId.localeCompare(b.surveyId));
  const parentsInTarget = plan.filter((p) => p.surveyId === "parents-carers" && inTarget(p.day));
  for (const p of rand.shuffle(parentsInTarget).slice(0, SMALL_GROUPS.bengaliInTarget)) p.locale = "bn";
  // One parents' evening in the target quarter's middle month, its forms typed in by an officer.
  const evening = addDays(window.target.from, 40);
  for (let i = 0; i < SMALL_GROUPS.paper; i++) {
    plan.push({ surveyId: "parents-carers", day: evening, locale: "en", channel: "paper", eventLabel: null });
  }
  plan.sort((a, b) => a.day.localeCompare(b.day) || a.surveyId.localeCompare(b.surveyId));
  return plan;
}

/**
 * Marks a few recent young people's responses as possible disclosures (one per synthetic disclosure,
 * in its language), so the safeguarding queue has a handful of real items raised by the analysis.
 */
export function placeDisclosures(
  rand: Prng,
  plan: PlannedResponse[],
  window: DemoWindow,
  disclosures: readonly { locale: string; text: string }[],
): void {
  const recent = plan.filter((p) => p.surveyId === "staying-safe" && p.day >= addDays(window.to, -21));
  const chosen = rand.shuffle(recent).slice(0, disclosures.length);
  chosen.forEach((p, i) => {
    const disclosure = disclosures[i];
    if (!disclosure) return;
    p.locale = disclosure.locale;
    p.disclosure = disclosure.text;
  });
}
