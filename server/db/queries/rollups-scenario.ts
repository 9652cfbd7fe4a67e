// Test support: random activity through the real write paths (submit, withdraw, code), to check the
// incrementally kept rollups against a rebuild from scratch, on either runtime's database.
import { asc, ne } from "drizzle-orm";
import type { AppConfig } from "../../config/app-config";
import { hashReceiptCode, normaliseReceiptCode } from "../../domain/receipts/receipt-code";
import { answerKind } from "../../domain/surveys/answer-kind";
import { submitResponse } from "../../services/submit-response";
import { bundledSurveys } from "../../surveys/bundled-surveys";
import type { Db } from "../db";
import { responseRollups, themeRollups } from "../schema";
import { changeCodes } from "./coding";
import { findReceipt, withdrawResponse } from "./responses";

/** Starter themes (migration 0005) the scenario codes answers with. */
export const SCENARIO_THEMES = [
  "trusted-adults",
  "knife-crime-weapons",
  "youth-clubs-things-to-do",
  "police-and-trust",
];

/** A small deterministic random generator (mulberry32), so a failing seed can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Stored = { receiptHash: string; responseId: string; questionId: string };
const actor = { userId: "scenario-analyst", email: "analyst@example.org" };

/**
 * Runs `steps` random operations, `concurrency` at a time (so on Node they share group commits):
 * submissions (online today, or paper on one of a few days), withdrawals, and codes added and removed.
 */
export async function randomActivity(
  db: Db,
  config: AppConfig,
  options: { seed: number; steps: number; concurrency: number },
): Promise<{ submitted: number; withdrawn: number; coded: number }> {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const stored: Stored[] = [];
  const tally = { submitted: 0, withdrawn: 0, coded: 0 };

  const submit = async () => {
    const survey = pick(bundledSurveys);
    const question = survey.questions.find((q) => answerKind(q) === "text" && !q.showIf);
    const paper = random() < 0.4;
    const result = await submitResponse(db, config, {
      survey,
      locale: pick(["en", "pl", "ro"]),
      answers: question ? { [question.id]: `Something to say, number ${tally.submitted}` } : {},
      ...(paper
        ? { channel: "paper" as const, submittedOn: pick(["2026-09-30", "2026-10-01", "2026-10-02"]) }
        : {}),
    });
    if (!result.ok) throw new Error(`scenario submission refused: ${JSON.stringify(result.issues)}`);
    tally.submitted++;
    const receiptHash = await hashReceiptCode(normaliseReceiptCode(result.receipt) as string);
    const found = await findReceipt(db, receiptHash);
    if (found && question) stored.push({ receiptHash, responseId: found.id, questionId: question.id });
  };
  const withdraw = async () => {
    const target = stored.length ? pick(stored) : undefined;
    if (target && (await withdrawResponse(db, target.receiptHash)) === "withdrawn") tally.withdrawn++;
  };
  const code = async () => {
    const target = stored.length ? pick(stored) : undefined;
    if (!target) return;
    const themeId = pick(SCENARIO_THEMES);
    const change = random() < 0.7 ? { add: [themeId], remove: [] } : { add: [], remove: [themeId] };
    await changeCodes(
      db,
      [{ key: { responseId: target.responseId, questionId: target.questionId }, change }],
      actor,
    );
    tally.coded++;
  };

  for (let done = 0; done < options.steps; done += options.concurrency) {
    const ops = Array.from({ length: options.concurrency }, () => {
      const roll = random();
      return roll < 0.5 ? submit() : roll < 0.65 ? withdraw() : code();
    });
    await Promise.all(ops);
  }
  return tally;
}

/** Both rollups' non-zero rows in key order, for comparing two states. */
export async function rollupSnapshot(db: Db) {
  const responses = await db
    .select()
    .from(responseRollups)
    .where(ne(responseRollups.count, 0))
    .orderBy(
      asc(responseRollups.day),
      asc(responseRollups.surveyId),
      asc(responseRollups.audience),
      asc(responseRollups.locale),
      asc(responseRollups.channel),
    );
  const themes = await db
    .select()
    .from(themeRollups)
    .where(ne(themeRollups.count, 0))
    .orderBy(
      asc(themeRollups.day),
      asc(themeRollups.themeId),
      asc(themeRollups.surveyId),
      asc(themeRollups.audience),
    );
  return { responses, themes };
}
