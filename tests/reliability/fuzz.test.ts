import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashReceiptCode, normaliseReceiptCode } from "../../server/domain/receipts/receipt-code";
import { validateAnswers } from "../../server/domain/surveys/validate-answers";
import { getSurvey } from "../../server/surveys/bundled-surveys";
import { formClient } from "../support/form-client";
import { createTestApp, type TestApp } from "../support/test-app";
import { type FuzzCase, fuzzCase, type JourneyCase, type RequestCase } from "./fuzz-cases";

// 1,000 runs of 10 cases sent together (so group commit batches them, as under real load): 10,000.
const RUNS = 1_000;
const TOGETHER = 10;
const RECEIPT = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/;

/** A response the app acknowledged, and how many answers it must have stored (when known). */
type Acknowledged = { receipt: string; stored?: number };

describe("fuzzing the public write paths (10,000 cases, real app, real SQLite)", () => {
  let t: TestApp;
  const acknowledged: Acknowledged[] = [];
  const seen = new Map<string, number>();
  beforeAll(async () => {
    t = await createTestApp({ HEARD_SUBMIT_LIMIT_PER_MINUTE: "0" });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Never a 5xx; only the statuses the case allows; errors in the one structured shape. */
  async function expectAnswer(c: { kind: string; expected: readonly number[]; path: string }, res: Response) {
    const text = await res.text();
    expect(res.status, `${c.kind} ${c.path}: ${text.slice(0, 300)}`).toBeLessThan(500);
    expect(c.expected, `${c.kind} ${c.path} answered ${res.status}: ${text.slice(0, 300)}`).toContain(
      res.status,
    );
    const type = res.headers.get("content-type") ?? "";
    if (res.status >= 400 && (c.path.startsWith("/api/") || type.includes("json"))) {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code === "string" && body.error.code.length > 0).toBe(true);
      expect(typeof body.error?.message === "string" && body.error.message.length > 0).toBe(true);
    } else if (res.status >= 400) {
      expect(type).toContain("text/html"); // a page for people, with the problem explained
    }
    return text;
  }

  async function send(c: RequestCase) {
    const res = await t.app.request(c.path, {
      method: c.method,
      headers: {
        ...c.headers,
        origin: "http://localhost",
        ...(c.contentType ? { "content-type": c.contentType } : {}),
        ...(c.declareLength && c.body ? { "content-length": String(Buffer.byteLength(c.body)) } : {}),
      },
      body: c.body,
    });
    const text = await expectAnswer(c, res);
    if (res.status === 201) {
      const { receipt } = JSON.parse(text) as { receipt: string };
      acknowledged.push({ receipt, stored: c.stored ?? storedFor(c) });
    }
  }

  async function journey(c: JourneyCase) {
    const browser = formClient(t);
    const at = (path: string, expected: number[]) => ({ kind: c.kind, path, expected });
    await expectAnswer(at("start", [303]), await browser.post(`/s/${c.surveyId}/start`));
    for (const step of c.steps) {
      const path = `/s/${c.surveyId}/q/${step.qid}`;
      const fields = { answer: step.answer, ...(step.toCheck ? { return: "check" } : {}) };
      await expectAnswer(at(path, [303, 400]), await browser.post(path, fields));
    }
    const sent = await browser.post(`/s/${c.surveyId}/submit`);
    const page = await expectAnswer(at("submit", [200, 303]), sent);
    const receipt = page.match(RECEIPT)?.[0];
    if (sent.status === 200 && receipt) acknowledged.push({ receipt });
    expect(sent.status === 303 || receipt !== undefined).toBe(true);
  }

  const run = (c: FuzzCase) => {
    seen.set(c.kind, (seen.get(c.kind) ?? 0) + 1);
    return "steps" in c ? journey(c) : send(c);
  };

  it("never answers 5xx, and refuses bad input with the structured 400/404/413/415", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzCase, { minLength: TOGETHER, maxLength: TOGETHER }), async (cases) => {
        // All settle before judging, so no request is still running when the database closes.
        const failed = (await Promise.allSettled(cases.map(run))).find((r) => r.status === "rejected");
        if (failed) throw failed.reason;
      }),
      { numRuns: RUNS, asyncReporter: briefReport, interruptAfterTimeLimit: 150_000 },
    );
    expect(t.logs.filter((line) => / 5\d\d /.test(line))).toEqual([]);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(RUNS * TOGETHER);
  }, 180_000);

  it("wrote nothing by halves: every acknowledged response is stored whole, and nothing else is", async () => {
    const db = t.sqlite.db;
    const responses = await db.query.responses.findMany();
    const answers = await db.query.answers.findMany();
    const items = await db.query.safeguardingItems.findMany();
    expect(acknowledged.length).toBeGreaterThan(1000);
    expect(responses).toHaveLength(acknowledged.length);

    const ids = new Set(responses.map((r) => r.id));
    expect(answers.filter((a) => !ids.has(a.responseId))).toEqual([]);
    expect(items.filter((i) => !ids.has(i.responseId))).toEqual([]);

    const byHash = new Map(responses.map((r) => [r.receiptHash, r]));
    const perResponse = new Map<string, number>();
    for (const a of answers) perResponse.set(a.responseId, (perResponse.get(a.responseId) ?? 0) + 1);
    for (const { receipt, stored } of acknowledged) {
      const row = byHash.get(await hashReceiptCode(normaliseReceiptCode(receipt) ?? ""));
      expect(row?.status).toBe("submitted");
      if (row && stored !== undefined) expect(perResponse.get(row.id) ?? 0).toBe(stored);
    }
  });
});

/** A failure report that names the cases without printing 64 KB bodies. */
async function briefReport(run: fc.RunDetails<[FuzzCase[]]>) {
  if (!run.failed) return;
  const cases = (run.counterexample?.[0] ?? []).map((c) =>
    "steps" in c
      ? `journey ${c.surveyId} ${JSON.stringify(c.steps).slice(0, 200)}`
      : `${c.kind} ${c.method} ${c.path} [${c.contentType}] ${String(c.body ?? "").slice(0, 200)}`,
  );
  const error = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
  throw new Error(
    `Fuzz failed (seed ${run.seed}, path "${run.counterexamplePath}", shrunk ${run.numShrinks} times): ${error.slice(0, 800)}\n  ${cases.join("\n  ")}`,
  );
}

/** How many answers a submission the API accepted must have stored, judged from the bytes it received. */
function storedFor(c: RequestCase): number | undefined {
  const id = decodeURIComponent(c.path.split("/")[3] ?? "");
  const survey = getSurvey(id);
  if (!survey || c.body === undefined) return undefined;
  const text = typeof c.body === "string" ? c.body : new TextDecoder().decode(c.body);
  const checked = validateAnswers(
    survey,
    (JSON.parse(text.replace(/^\uFEFF/, "")) as { answers: unknown }).answers,
  );
  return checked.ok ? Object.keys(checked.answers).length : undefined;
}
