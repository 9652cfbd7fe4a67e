import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../db";
import { answers, drafts, responses } from "../schema";
import { openTempDatabase, sampleResponse, type TempDatabase } from "./temp-database";

// Text that JSON and SQL quoting could mangle.
const AWKWARD = [
  "it's \"fine\" -- really; DROP TABLE responses; '",
  "007",
  "[1, 2]",
  '{"a":1}',
  "ąęłśź ž ț ī ও 🙂",
  "line\nbreak\ttab\\back",
  "",
];
// Text the merged path must leave to the statement-by-statement one when it is a plain text column's
// value (JSON cannot carry it exactly); in a JSON column it is already escaped.
const UNMERGEABLE = ["a\u0000b", "half \ud83d pair"];

const submission = (db: Db, id: string, index: number, text: string, label = `event ${index}`) =>
  db.batch([
    db.insert(responses).values({ ...sampleResponse(id), eventLabel: index % 3 === 0 ? null : label }),
    db.insert(answers).values([
      { responseId: id, questionId: "text", value: text, freeText: true },
      { responseId: id, questionId: "many", value: ["school", "park"], suggestedHarms: ["cce"] },
    ]),
    db.delete(drafts).where(eq(drafts.id, `draft-of-${id}`)),
  ]);

const dump = async (db: Db) => ({
  responses: await db.select().from(responses).orderBy(responses.id),
  answers: await db.select().from(answers).orderBy(answers.responseId, answers.questionId),
});

let open: TempDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.dispose()));
  open = [];
});

describe("openSqlite merged group commits", () => {
  it("stores concurrent submissions exactly as one-by-one writes do, in a few merged groups", async () => {
    const merged = await openTempDatabase();
    const oneByOne = await openTempDatabase({ maxGroupSize: 1 });
    open.push(merged, oneByOne);
    const ids = Array.from({ length: 120 }, (_, i) => `r${String(i).padStart(3, "0")}`);
    const texts = ids.map((_, i) => AWKWARD[i % AWKWARD.length] as string);
    await Promise.all(ids.map((id, i) => submission(merged.db, id, i, texts[i] as string)));
    const mergedGroups = merged.sqlite.stats().merged;
    // A group holding text JSON cannot carry runs statement by statement instead, and loses nothing.
    await Promise.all(UNMERGEABLE.map((text, i) => submission(merged.db, `u${i}`, i + 1, text, text)));
    for (const [i, id] of ids.entries()) await submission(oneByOne.db, id, i, texts[i] as string);
    for (const [i, text] of UNMERGEABLE.entries()) await submission(oneByOne.db, `u${i}`, i + 1, text, text);

    const stored = await dump(merged.db);
    expect(stored).toEqual(await dump(oneByOne.db));
    const text = stored.answers.filter((a) => a.questionId === "text" && a.responseId.startsWith("r"));
    expect(text.map((a) => a.value)).toEqual(texts);
    expect(stored.answers.find((a) => a.responseId === "u0" && a.questionId === "text")?.value).toBe(
      "a\u0000b",
    );
    expect(mergedGroups).toBeGreaterThan(0);
    expect(merged.sqlite.stats().merged).toBe(mergedGroups);
    expect(merged.sqlite.stats().commits).toBeLessThan(20);
    expect(oneByOne.sqlite.stats().merged).toBe(0);
  });
});
