import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { addActionNote, createAction } from "../db/queries/actions";
import { type AnswerKey, changeCodes } from "../db/queries/coding";
import { codedAnswerText, decideQuote } from "../db/queries/quotes";
import { storeContactRequest } from "../db/queries/safeguarding";
import type { Actor } from "../db/queries/themes";
import { analyseText } from "../domain/analysis/analyse-text";
import { seal } from "../domain/crypto/sealed-text";
import { demoActions } from "../domain/demo/demo-actions";
import { addDays, type DemoWindow } from "../domain/demo/demo-window";
import type { Prng } from "../domain/demo/prng";
import type { SyntheticText } from "../domain/demo/synthetic-text";
import { inPeriod } from "../domain/periods/period";
import { newActionSchema } from "../domain/publications/action-input";
import { checkExcerpt, suggestExcerpt } from "../domain/publications/quote-excerpt";
import type { SeededResponse } from "./demo-seed-responses";
import { sealingKey } from "./sealing-key";

/** One coded answer: where it is, the themes it got and the synthetic text it came from. */
type Coded = { key: AnswerKey; day: string; locale: string; themes: string[]; text: SyntheticText };

/**
 * Codes most answers with the themes their synthetic text is about, through `changeCodes` (audit
 * rows and theme rollups as in the workspace). Recent weeks are left partly uncoded: the backlog an
 * analyst would have.
 */
export async function seedCoding(
  db: Db,
  rand: Prng,
  seeded: readonly SeededResponse[],
  window: DemoWindow,
  analyst: Actor,
): Promise<Coded[]> {
  const recent = addDays(window.to, -21);
  const coded: Coded[] = [];
  for (const response of seeded) {
    for (const [questionId, text] of Object.entries(response.texts)) {
      if (text === "disclosure" || text.themes.length === 0) continue;
      if (!rand.chance(response.day < recent ? 0.85 : 0.35)) continue;
      coded.push({
        key: { responseId: response.id, questionId },
        day: response.day,
        locale: response.locale,
        themes: text.themes,
        text,
      });
    }
  }
  for (let i = 0; i < coded.length; i += 100) {
    const chunk = coded.slice(i, i + 100).map((c) => ({ key: c.key, change: { add: c.themes, remove: [] } }));
    await changeCodes(db, chunk, analyst, { bulk: true });
  }
  return coded;
}

const quotable = new Map<string, boolean>();
/** Whether an answer may be offered as a quote: no personal details to redact, and no digits. */
function mayQuote(text: SyntheticText): boolean {
  let ok = quotable.get(text.text);
  if (ok === undefined) {
    ok = analyseText(text.text).pii.length === 0 && !/\d/u.test(text.text);
    quotable.set(text.text, ok);
  }
  return ok;
}

/**
 * In the target quarter, approves up to three quotes for each of the five most-coded themes (different
 * answers, each a checked excerpt of the redacted text) and rejects one for two of them.
 */
export async function seedQuotes(
  db: Db,
  rand: Prng,
  coded: readonly Coded[],
  window: DemoWindow,
  analyst: Actor,
): Promise<{ approved: number; rejected: number }> {
  const inTarget = coded.filter((c) => inPeriod(c.day, window.target));
  const counts = new Map<string, number>();
  for (const c of inTarget) for (const t of c.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  const used = new Set<string>();
  let approved = 0;
  let rejected = 0;
  for (const [index, [themeId]] of top.entries()) {
    // English answers only: a published quote carries no language of its own yet, and a Polish
    // sentence read out as English is gibberish to a screen reader.
    const candidates = rand.shuffle(
      inTarget.filter((c) => c.locale === "en" && c.themes.includes(themeId) && mayQuote(c.text)),
    );
    const wanted = index < 2 ? 4 : 3;
    let decided = 0;
    for (const candidate of candidates) {
      if (decided >= wanted) break;
      if (used.has(candidate.text.text)) continue;
      used.add(candidate.text.text);
      const text = await codedAnswerText(db, themeId, candidate.key);
      if (text === undefined) continue;
      // The same rule as the quotes page: an excerpt is an unbroken run of the redacted answer.
      const excerpt = checkExcerpt(text, suggestExcerpt(text));
      if (!excerpt.ok) throw new Error(`A demo quote was refused: ${excerpt.problem}`);
      const status = decided === 3 ? "rejected" : "approved";
      const quoteText = status === "approved" ? excerpt.text : "";
      await decideQuote(db, { ...candidate.key, themeId, text: quoteText, status }, analyst);
      if (status === "approved") approved += 1;
      else rejected += 1;
      decided += 1;
    }
  }
  return { approved, rejected };
}

/** The demo's actions (validated as the workspace would), each with its progress notes; their ids. */
export async function seedActions(db: Db, window: DemoWindow, analyst: Actor): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const { action, notes } of demoActions(window.to)) {
    const created = await createAction(db, newActionSchema.parse(action), analyst);
    for (const note of notes) await addActionNote(db, created.id, note, analyst);
    ids.add(created.id);
  }
  return ids;
}

// SYNTHETIC contact details: the 07700 900xxx range is reserved for drama.
const CONTACTS = [
  {
    how: "Text me on 07700 900218",
    when: "After school",
    message: "I want to talk to someone about the park.",
  },
  { how: "Call my mum on 07700 900734", when: "Weekday evenings", message: "" },
  { how: "Email worried.parent@example.org", when: "Any time", message: "About my son's new friends." },
];

/** A few "talk to someone" requests, sealed like real ones; the oldest already actioned. */
export async function seedContactRequests(db: Db, config: AppConfig, window: DemoWindow): Promise<number> {
  const key = await sealingKey(config);
  const ages = [2, 6, 12];
  for (const [i, details] of CONTACTS.entries()) {
    const requestedOn = addDays(window.to, -(ages[i] ?? 1));
    await storeContactRequest(db, {
      id: crypto.randomUUID(),
      sealedDetails: await seal(key, JSON.stringify(details)),
      linkedResponseId: null,
      requestedOn,
      ...(i === CONTACTS.length - 1 ? { status: "actioned", actionedOn: addDays(requestedOn, 1) } : {}),
    });
  }
  return CONTACTS.length;
}
