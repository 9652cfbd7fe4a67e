import type { AppConfig } from "../config/app-config";
import type { Db } from "../db/db";
import { listActions } from "../db/queries/actions";
import { type Rag, ragStatus } from "../domain/actions/rag-status";
import { type DemoWindow, demoWindow } from "../domain/demo/demo-window";
import { prng } from "../domain/demo/prng";
import { DEMO_TEXTS } from "../domain/demo/texts";
import { placeDisclosures, planYear } from "../domain/demo/year-plan";
import { quarterOf } from "../domain/periods/period";
import { seedResponses } from "./demo-seed-responses";
import { type DemoAccount, seedDemoStaff } from "./demo-seed-staff";
import { seedActions, seedCoding, seedContactRequests, seedQuotes } from "./demo-seed-workspace";
import { createDraft, publish } from "./publish-publication";

/** The seed every demo starts from: the same seed, the same year of synthetic activity. */
export const DEMO_SEED = 20_261_124;

export type DemoSeedOptions = { lastDay: string; password: string };

/** What the demo made, for the command to print. */
export type DemoSeedSummary = {
  window: DemoWindow;
  responses: number;
  bySurvey: Record<string, number>;
  byQuarter: Record<string, number>;
  byLocale: Record<string, number>;
  paper: number;
  textAnswers: number;
  codedAnswers: number;
  safeguardingItems: number;
  contactRequests: number;
  quotes: { approved: number; rejected: number };
  actions: Record<Rag, number>;
  publication: { id: string; version: number };
  accounts: DemoAccount[];
};

const tally = (values: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
};

const monthName = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

/**
 * Fills the database with a clearly synthetic year of activity ending on `lastDay`: responses to all
 * six surveys through the real submission path, coded themes, quotes, actions, contact requests, one
 * published "you said, we did" for the last full quarter, and one demo officer per role.
 */
export async function seedDemo(
  db: Db,
  config: AppConfig,
  options: DemoSeedOptions,
): Promise<DemoSeedSummary> {
  const rand = prng(DEMO_SEED);
  const window = demoWindow(options.lastDay);
  const accounts = await seedDemoStaff(db, config, options.password);
  const analystAccount = accounts.find((a) => a.role === "analyst");
  if (!analystAccount) throw new Error("The demo analyst was not made");
  const analyst = { userId: analystAccount.userId, email: analystAccount.email };

  const plan = planYear(rand, window);
  const disclosures = Object.entries(DEMO_TEXTS).flatMap(([locale, texts]) =>
    texts.disclosures.map((text) => ({ locale, text })),
  );
  placeDisclosures(rand, plan, window, disclosures);
  const { seeded, flagged } = await seedResponses(db, config, rand, plan);
  const coded = await seedCoding(db, rand, seeded, window, analyst);
  const quotes = await seedQuotes(db, rand, coded, window, analyst);
  const actionIds = await seedActions(db, window, analyst);
  const contactRequests = await seedContactRequests(db, config, window);

  const { target } = window;
  const title = `You said, we did: ${monthName(target.from)} to ${monthName(target.to)} ${target.to.slice(0, 4)}`;
  const draft = await createDraft(db, config, { period: target, title }, analyst);
  const published = await publish(db, config, draft.id, analyst);
  if (!published) throw new Error("The demo publication was not published");

  const today = new Date().toISOString().slice(0, 10);
  const rag: Record<Rag, number> = { red: 0, amber: 0, green: 0, done: 0 };
  for (const action of await listActions(db)) {
    if (actionIds.has(action.id)) rag[ragStatus(action, today)] += 1;
  }
  return {
    window,
    responses: seeded.length,
    bySurvey: tally(seeded.map((s) => s.surveyId)),
    byQuarter: tally(seeded.map((s) => quarterOf(s.day).id)),
    byLocale: tally(seeded.map((s) => s.locale)),
    paper: seeded.filter((s) => s.channel === "paper").length,
    textAnswers: seeded.reduce((n, s) => n + Object.keys(s.texts).length, 0),
    codedAnswers: coded.length,
    safeguardingItems: flagged,
    contactRequests,
    quotes,
    actions: rag,
    publication: { id: published.id, version: published.version },
    accounts,
  };
}
