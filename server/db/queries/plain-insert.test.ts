import type { BatchItem } from "drizzle-orm/batch";
import { drizzle } from "drizzle-orm/sqlite-proxy";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { actions } from "../publication-schema";
import * as schema from "../schema";
import { answers, responses, safeguardingItems } from "../schema";
import { openTempDatabase, sampleResponse, type TempDatabase } from "../sqlite/temp-database";
import { plainInsert } from "./plain-insert";

type Sent = { sql: string; params: unknown[]; method: string };

// What each batch hands the driver: the statements drizzle builds, as the adapters receive them.
function capturingDb() {
  const sent: Sent[][] = [];
  const db = drizzle(
    async () => ({ rows: [] }),
    async (queries) => {
      sent.push(queries as Sent[]);
      return queries.map(() => ({ rows: [] }));
    },
    { schema },
  ) as Db;
  const statementOf = async (item: BatchItem<"sqlite">) => {
    await db.batch([item]);
    return sent.at(-1)?.[0];
  };
  return { db, statementOf };
}

const answerRows: (typeof answers.$inferInsert)[] = [
  { responseId: "r1", questionId: "scale", value: "safe" },
  { responseId: "r1", questionId: "places", value: ["park", 'it\'s "here"'], freeText: false },
  {
    responseId: "r1",
    questionId: "text",
    value: "Ąę 🙂 -- '; drop",
    freeText: true,
    suggestedHarms: ["cce"],
  },
  { responseId: "r1", questionId: "none", value: "", freeText: true, suggestedHarms: null },
];

describe("plainInsert", () => {
  const { db, statementOf } = capturingDb();

  it.each([
    [
      "responses, with and without optional values",
      responses,
      [sampleResponse("a"), { ...sampleResponse("b"), eventLabel: null, channel: "paper" as const }],
    ],
    ["answers: JSON, booleans, nulls and left-out columns", answers, answerRows],
    [
      "safeguarding items: a defaulted status",
      safeguardingItems,
      [
        {
          id: "s",
          responseId: "r",
          surveyId: "x",
          questionId: "q",
          categories: ["a"],
          sealedText: "z",
          raisedOn: "2026-11-24",
        },
      ],
    ],
    [
      "actions: JSON and SQL defaults",
      actions,
      [
        {
          id: "a1",
          title: "t",
          description: "d",
          childSummary: "c",
          agency: "police" as const,
          owningTeam: "o",
        },
      ],
    ],
  ])("writes the statement drizzle writes: %s", async (_, table, rows) => {
    // biome-ignore lint/suspicious/noExplicitAny: each case pairs a table with its own rows
    const mine = await statementOf(plainInsert(db, table, rows as any));
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const theirs = await statementOf(db.insert(table).values(rows as any));
    expect(mine).toEqual(theirs);
    expect(mine?.sql).toMatch(/^insert into "\w+" \(/);
  });

  it("refuses an empty insert, as drizzle does", () => {
    expect(() => plainInsert(db, answers, [])).toThrow(/at least one row/);
  });
});

describe("plainInsert on the real adapter", () => {
  let temp: TempDatabase[] = [];
  afterEach(async () => {
    await Promise.all(temp.map((t) => t.dispose()));
    temp = [];
  });

  it("stores what drizzle's insert stores, and concurrent submissions still merge into group commits", async () => {
    const mine = await openTempDatabase();
    const theirs = await openTempDatabase();
    temp.push(mine, theirs);
    const ids = Array.from({ length: 40 }, (_, i) => `r${String(i).padStart(2, "0")}`);
    const rowsOf = (id: string) => answerRows.map((row) => ({ ...row, responseId: id }));
    await Promise.all(
      ids.map((id) =>
        mine.db.batch([
          plainInsert(mine.db, responses, [sampleResponse(id)]),
          plainInsert(mine.db, answers, rowsOf(id)),
        ]),
      ),
    );
    for (const id of ids) {
      await theirs.db.batch([
        theirs.db.insert(responses).values(sampleResponse(id)),
        theirs.db.insert(answers).values(rowsOf(id)),
      ]);
    }
    const dump = async (d: Db) => ({
      responses: await d.select().from(responses).orderBy(responses.id),
      answers: await d.select().from(answers).orderBy(answers.responseId, answers.questionId),
    });
    const stored = await dump(mine.db);
    expect(stored).toEqual(await dump(theirs.db));
    expect(stored.answers).toHaveLength(ids.length * answerRows.length);
    expect(stored.answers.find((a) => a.questionId === "places")?.value).toEqual(["park", 'it\'s "here"']);
    expect(mine.sqlite.stats().merged).toBeGreaterThan(0);
  });
});
