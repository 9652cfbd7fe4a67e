import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import type { Db } from "../db";
import { type ListingFilter, listFreeTextAnswers, listingQuery } from "./responses-listing";

const RESPONSES = 100_000;
const SURVEYS = [
  "feeling-safe",
  "staying-safe",
  "moving-on",
  "parents-carers",
  "help-you-got",
  "quick-feedback",
];
const AUDIENCES = [
  "child-8-12",
  "young-person-13-17",
  "young-adult-18-25",
  "parent-carer",
  "young-person-13-17",
  "community",
];

/**
 * 100,000 responses over 2026 with one free-text answer each, written by SQLite itself (a recursive
 * CTE) through the real file and migrations, so the planner sees the real indexes.
 */
async function seed(db: Db) {
  const pick = (list: string[]) =>
    sql.raw(`case i % ${list.length} ${list.map((v, n) => `when ${n} then '${v}'`).join(" ")} end`);
  await db.run(sql`insert into responses (id, survey_id, survey_version, audience, locale, submitted_on, status, receipt_hash)
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${RESPONSES})
    select lower(hex(randomblob(16))), ${pick(SURVEYS)}, 1, ${pick(AUDIENCES)}, 'en',
      date('2026-01-01', '+' || (i % 330) || ' days'),
      case when i % 97 = 0 then 'withdrawn' else 'submitted' end, 'receipt-' || i
    from n`);
  await db.run(sql`insert into answers (response_id, question_id, value, free_text, suggested_harms)
    select id, 'anything-else', json_quote('redacted words ' || receipt_hash), 1,
      case when receipt_hash like '%3' then '["cse"]' else '[]' end
    from responses where status = 'submitted'`);
  await db.run(sql`insert into answer_codes (response_id, question_id, theme_id, coded_by, coded_on)
    select response_id, question_id, 'knife-crime-weapons', 'seed', '2026-11-01'
    from answers where response_id like 'a%'`);
}

/** SQLite's plan for the page query, one line per step. */
async function planOf(db: Db, filter: ListingFilter): Promise<string> {
  const query = listingQuery(db, filter).toSQL();
  const bound = query.params.reduce<string>(
    (text, param) =>
      text.replace(
        "?",
        typeof param === "number" ? String(param) : `'${String(param).replaceAll("'", "''")}'`,
      ),
    query.sql,
  );
  const rows = (await db.all(sql.raw(`explain query plan ${bound}`))) as unknown[][];
  return rows.map((row) => String(row.at(-1))).join("\n");
}

describe("listing free-text answers over 100,000 responses", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seed(t.sqlite.db);
  });
  afterAll(async () => {
    await t.close();
  });

  const filters: [string, ListingFilter][] = [
    ["no filter", { limit: 50 }],
    ["a survey and a quarter", { surveyId: "staying-safe", from: "2026-07-01", to: "2026-09-30", limit: 50 }],
    ["an audience and dates", { audience: "parent-carer", from: "2026-03-01", to: "2026-03-31", limit: 50 }],
    [
      "a survey, a quarter and a page cursor",
      {
        surveyId: "feeling-safe",
        from: "2026-04-01",
        to: "2026-06-30",
        after: { day: "2026-05-10", responseId: "8", questionId: "anything-else" },
        limit: 50,
      },
    ],
  ];

  for (const [name, filter] of filters) {
    it(`reads ${name} through an index in page order, never sorting the whole set`, async () => {
      const plan = await planOf(t.sqlite.db, filter);
      expect(plan).toMatch(
        /SEARCH responses USING (COVERING )?INDEX responses_by_\w+|SCAN responses USING (COVERING )?INDEX responses_by_day/,
      );
      expect(plan).toMatch(/SEARCH answers USING INDEX \w+ \([^)]*response_id=\?/);
      // Sorting the few answers of one response is fine; sorting the whole matching set is not.
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    });
  }

  it("starts a theme filter from the theme index, so a rare theme does not read every response", async () => {
    const plan = await planOf(t.sqlite.db, { codedWith: [["help-that-worked"]], limit: 50 });
    expect(plan).toMatch(/SEARCH answer_codes USING COVERING INDEX answer_codes_by_theme \(theme_id=\?\)/);
    expect(plan).toMatch(/SEARCH responses USING INDEX sqlite_autoindex_responses_1 \(id=\?\)/);
    expect(plan).not.toMatch(/SCAN responses/);
  });

  it("pages through a filtered list with no answer twice and none from a withdrawn response", async () => {
    const filter: ListingFilter = {
      surveyId: "quick-feedback",
      from: "2026-02-01",
      to: "2026-02-28",
      limit: 50,
    };
    const seen = new Set<string>();
    let after: ListingFilter["after"];
    let pages = 0;
    do {
      const page = await listFreeTextAnswers(t.sqlite.db, { ...filter, after });
      for (const row of page.rows) {
        expect(row.surveyId).toBe("quick-feedback");
        expect(row.submittedOn >= "2026-02-01" && row.submittedOn <= "2026-02-28").toBe(true);
        seen.add(`${row.responseId}:${row.questionId}`);
      }
      after = page.next ?? undefined;
      pages++;
    } while (after && pages < 100);
    const expected = await t.sqlite.db.get<{ n: number }>(
      sql`select count(*) as n from responses where survey_id = 'quick-feedback' and status = 'submitted'
        and submitted_on between '2026-02-01' and '2026-02-28'`,
    );
    expect(seen.size).toBe(Number(Object.values(expected ?? {})[0]));
    expect(pages).toBeGreaterThan(10);
  });

  it("filters by theme, uncoded and suggested harm on the big table", async () => {
    const coded = await listFreeTextAnswers(t.sqlite.db, { codedWith: [["knife-crime-weapons"]], limit: 50 });
    expect(coded.rows).toHaveLength(50);
    expect(coded.rows.every((r) => r.responseId.startsWith("a"))).toBe(true);
    const uncoded = await listFreeTextAnswers(t.sqlite.db, { coded: false, limit: 50 });
    expect(uncoded.rows.some((r) => r.responseId.startsWith("a"))).toBe(false);
    const harmed = await listFreeTextAnswers(t.sqlite.db, { harm: "cse", limit: 50 });
    expect(harmed.rows.every((r) => r.suggestedHarms?.includes("cse"))).toBe(true);
    expect(harmed.rows).toHaveLength(50);
  });
});
