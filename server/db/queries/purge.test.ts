import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { runPurge } from "../../services/run-purge";
import { answers, contactRequests, drafts, quotes, responses, safeguardingItems } from "../schema";

describe("heard purge (retention)", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  const quote = (id: string, responseId: string, status: "approved" | "rejected") => ({
    id,
    responseId,
    questionId: "anything-else",
    themeId: `theme-${id}`,
    text: `${responseId} said this`,
    status,
    decidedBy: "analyst",
    decidedOn: "2026-10-01",
  });

  async function seed() {
    const db = t.sqlite.db;
    const response = (id: string, submittedOn: string) => ({
      id,
      surveyId: "staying-safe",
      surveyVersion: 1,
      audience: "young-person-13-17",
      locale: "en",
      submittedOn,
      receiptHash: `h-${id}`,
    });
    const item = (id: string, closedOn: string | null) => ({
      id,
      responseId: "old",
      surveyId: "staying-safe",
      questionId: "anything-else",
      categories: [],
      sealedText: "v1.x.y",
      status: closedOn ? ("actioned" as const) : ("new" as const),
      raisedOn: "2024-01-01",
      closedOn,
    });
    await db.batch([
      db.insert(responses).values([response("old", "2024-01-10"), response("new", "2026-11-01")]),
      db.insert(answers).values([
        { responseId: "old", questionId: "anything-else", value: "[name] was rude", freeText: true },
        { responseId: "old", questionId: "safe-at-school", value: "safe", freeText: false },
        { responseId: "new", questionId: "anything-else", value: "more buses", freeText: true },
      ]),
      db
        .insert(safeguardingItems)
        .values([
          item("closed-long-ago", "2026-07-01"),
          item("closed-recently", "2026-11-01"),
          item("open", null),
        ]),
      db.insert(contactRequests).values([
        {
          id: "done-long-ago",
          sealedDetails: "v1.a.b",
          status: "actioned",
          requestedOn: "2026-09-01",
          actionedOn: "2026-09-02",
        },
        {
          id: "done-recently",
          sealedDetails: "v1.a.b",
          status: "actioned",
          requestedOn: "2026-11-01",
          actionedOn: "2026-11-20",
        },
        { id: "waiting", sealedDetails: "v1.a.b", status: "new", requestedOn: "2026-01-01" },
      ]),
      db
        .insert(drafts)
        .values({ id: "stale", surveyId: "x", surveyVersion: 1, locale: "en", answers: {}, touchedAt: 0 }),
      db
        .insert(quotes)
        .values([
          quote("old-approved", "old", "approved"),
          quote("old-rejected", "old", "rejected"),
          quote("new-approved", "new", "approved"),
        ]),
    ]);
  }

  it("deletes only what is past its retention period and reports counts", async () => {
    await seed();
    const counts = await runPurge(
      t.sqlite.db,
      { HEARD_RETENTION_TEXT_MONTHS: 24 },
      new Date("2026-11-24T03:00:00Z"),
    );
    expect(counts).toEqual({
      safeguardingItems: 1,
      contactRequests: 1,
      freeTextAnswers: 1,
      quotes: 2,
      drafts: 1,
    });
    const db = t.sqlite.db;
    expect((await db.query.safeguardingItems.findMany()).map((i) => i.id).sort()).toEqual([
      "closed-recently",
      "open",
    ]);
    expect((await db.query.contactRequests.findMany()).map((r) => r.id).sort()).toEqual([
      "done-recently",
      "waiting",
    ]);
    const kept = await db.query.answers.findMany();
    expect(kept.map((a) => `${a.responseId}/${a.questionId}`).sort()).toEqual([
      "new/anything-else",
      "old/safe-at-school",
    ]);
    // A quote is the answer's own words, so it goes with them, approved or not.
    expect((await db.query.quotes.findMany()).map((q) => q.id)).toEqual(["new-approved"]);
    expect(await db.query.responses.findMany()).toHaveLength(2); // aggregates keep every response
  });

  it("running twice deletes nothing more", async () => {
    await seed();
    const now = new Date("2026-11-24T03:00:00Z");
    await runPurge(t.sqlite.db, { HEARD_RETENTION_TEXT_MONTHS: 24 }, now);
    expect(await runPurge(t.sqlite.db, { HEARD_RETENTION_TEXT_MONTHS: 24 }, now)).toEqual({
      safeguardingItems: 0,
      contactRequests: 0,
      freeTextAnswers: 0,
      quotes: 0,
      drafts: 0,
    });
  });
});
