import { describe, expect, it } from "vitest";
import { getSurvey } from "../../surveys/bundled-surveys";
import type { Survey } from "../surveys/survey-schema";
import { planColumns } from "./plan-columns";
import { readCsv } from "./read-csv";
import { readRow } from "./read-row";

const bytes = (text: string) => new TextEncoder().encode(text);
const quick = getSurvey("quick-feedback") as Survey;
const context = { locales: ["en", "pl", "lt", "lv", "ro", "bn"], today: "2025-06-30" };

function rows(csv: string, survey = quick) {
  const read = readCsv(bytes(csv));
  if (!read.ok) throw new Error(read.problem.code);
  const plan = planColumns(survey, read.table.header);
  if (!plan.ok) throw new Error(plan.problem.code);
  return read.table.rows.map((row) => readRow(plan.columns, row, context));
}

describe("readCsv", () => {
  it("reads Excel's CSV UTF-8: byte-order mark, CRLF, quoted commas, doubled quotes and line breaks", () => {
    const read = readCsv(bytes('\uFEFFsession-rating,one-thing\r\ngood,"Keep it, ""please""\r\nthanks"\r\n'));
    expect(read).toEqual({
      ok: true,
      table: {
        header: ["session-rating", "one-thing"],
        rows: [{ row: 2, cells: ["good", 'Keep it, "please"\r\nthanks'] }],
      },
    });
  });

  it("reads semicolon-separated files (Excel in Polish, Lithuanian, Latvian, Romanian settings) and UTF-16 'Unicode text'", () => {
    const semi = readCsv(bytes('session-rating;one-thing\nok;"a; b"\n'));
    expect(semi.ok && semi.table.rows[0]?.cells).toEqual(["ok", "a; b"]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[..."know-more\tone-thing\nyes\tżółw\n"].flatMap((ch) => [
        ch.charCodeAt(0) & 0xff,
        ch.charCodeAt(0) >> 8,
      ]),
    ]);
    const read = readCsv(utf16);
    expect(read.ok && read.table.rows[0]?.cells).toEqual(["yes", "żółw"]);
  });

  it("numbers rows as a spreadsheet does, skipping blank ones", () => {
    const read = readCsv(bytes("know-more\nyes\n\n,\nno\n"));
    expect(read.ok && read.table.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it("refuses a file that is not UTF-8, an unclosed quote (naming the line), and an empty file", () => {
    expect(readCsv(new Uint8Array([0x6b, 0x6e, 0xf3, 0x77, 0x0a]))).toEqual({
      ok: false,
      problem: { code: "encoding" },
    });
    expect(readCsv(bytes('know-more\nyes\n"no\n'))).toEqual({
      ok: false,
      problem: { code: "malformed", line: 3 },
    });
    expect(readCsv(bytes(""))).toEqual({ ok: false, problem: { code: "empty" } });
  });

  it("refuses more than 5,000 rows and more than 2 MB", () => {
    expect(readCsv(bytes(`know-more\n${"yes\n".repeat(5001)}`))).toEqual({
      ok: false,
      problem: { code: "tooManyRows", max: 5000 },
    });
    expect(readCsv(new Uint8Array(2 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      problem: { code: "tooLarge" },
    });
  });
});

describe("planColumns", () => {
  it("matches question ids, locale and submitted_on in any letter case, and allows unnamed columns", () => {
    const plan = planColumns(quick, ["Know-More", "LOCALE", "submitted_on", ""]);
    expect(plan.ok && plan.columns.map((c) => [c.kind, c.name, c.position])).toEqual([
      ["question", "know-more", 1],
      ["locale", "locale", 2],
      ["submittedOn", "submitted_on", 3],
      ["unnamed", "", 4],
    ]);
  });

  it("refuses an unknown column, a repeated one, or no question at all", () => {
    expect(planColumns(quick, ["know-more", "feel-safe"])).toEqual({
      ok: false,
      problem: { code: "unknownColumn", column: "feel-safe" },
    });
    expect(planColumns(quick, ["know-more", "KNOW-MORE"])).toMatchObject({
      ok: false,
      problem: { code: "duplicateColumn" },
    });
    expect(planColumns(quick, ["locale"])).toEqual({ ok: false, problem: { code: "noQuestionColumns" } });
  });
});

describe("readRow", () => {
  it("turns option values or their English labels into answers, with the row's language and day", () => {
    const [row] = rows(
      "session-rating,know-more,one-thing,locale,submitted_on\nGood, not sure ,Keep the games,PL,2025-03-14\n",
    );
    expect(row).toEqual({
      ok: true,
      form: {
        row: 2,
        answers: { "session-rating": "good", "know-more": "unsure", "one-thing": "Keep the games" },
        locale: "pl",
        submittedOn: "2025-03-14",
      },
    });
  });

  it("splits several choices on ';'", () => {
    const survey = getSurvey("feeling-safe") as Survey;
    const places = survey.questions.find((q) => q.type === "places");
    if (!places) throw new Error("feeling-safe has a places question");
    const [row] = rows(`${places.id}\npark; school ;\n`, survey);
    expect(row?.ok && row.form.answers[places.id]).toEqual(["park", "school"]);
  });

  it("names each bad cell by row and column, and says what would be right", () => {
    const [row] = rows("know-more,locale,submitted_on,\nmaybe,fr,14/03/2025,oops\n");
    expect(row).toEqual({
      ok: false,
      problems: [
        {
          row: 2,
          column: "know-more",
          position: 1,
          code: "notAnOption",
          params: { value: "maybe", allowed: "yes, no, unsure, prefer-not-to-say" },
        },
        {
          row: 2,
          column: "locale",
          position: 2,
          code: "badLocale",
          params: { value: "fr", allowed: "en, pl, lt, lv, ro, bn" },
        },
        { row: 2, column: "submitted_on", position: 3, code: "badDate", params: { value: "14/03/2025" } },
        { row: 2, column: "", position: 4, code: "extraCells", params: { count: 4 } },
      ],
    });
  });

  it("refuses a date in the future, a row with no answers, and cells past the last column", () => {
    const [future, empty, extra] = rows("know-more,submitted_on\nyes,2025-07-01\n,2025-01-01\nyes,,spare\n");
    expect(future).toMatchObject({ ok: false, problems: [{ code: "futureDate", column: "submitted_on" }] });
    expect(empty).toMatchObject({ ok: false, problems: [{ code: "noAnswers", column: "know-more" }] });
    expect(extra).toMatchObject({ ok: false, problems: [{ code: "extraCells", position: 3 }] });
  });

  it("never repeats a long cell back in full", () => {
    const [row] = rows(`know-more\n${"a".repeat(100)}\n`);
    expect(row?.ok === false && row.problems[0]?.params.value).toBe(`${"a".repeat(40)}…`);
  });
});
