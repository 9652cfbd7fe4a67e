import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SAME_ORIGIN, type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, TEST_KEY, type TestApp } from "../../../../tests/support/test-app";
import { listAudit } from "../../../db/queries/audit-log";
import { importSealingKey, unseal } from "../../../domain/crypto/sealed-text";

let t: TestApp;
let analyst: SignedIn;

beforeEach(async () => {
  t = await createTestApp();
  analyst = await signedIn(t, "analyst");
});
afterEach(async () => {
  await t.close();
});

/** Posts a CSV file to the import API, as a script would. */
const upload = (survey: string, csv: string | Uint8Array<ArrayBuffer>, query = "", officer = analyst) =>
  t.app.request(`/api/workspace/surveys/${survey}/import${query}`, {
    method: "POST",
    headers: { cookie: officer.cookie, origin: SAME_ORIGIN, "content-type": "text/csv" },
    body: csv,
  });

const responses = () => t.sqlite.db.query.responses.findMany();

describe("importing paper forms through the API", () => {
  it("stores every good row as a paper response dated as on the form, and audits the import with counts", async () => {
    const csv =
      "\uFEFFsession-rating,know-more,one-thing,locale,submitted_on\r\ngood,yes,More games,,2025-03-14\r\nOK,no,,pl,\r\n";
    const res = await upload("quick-feedback", csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      surveyId: "quick-feedback",
      dryRun: false,
      rows: 2,
      accepted: [2, 3],
      rejected: [],
      flagged: 0,
    });
    const stored = await responses();
    expect(stored.map((r) => [r.channel, r.locale, r.surveyId])).toEqual(
      [
        ["paper", "en", "quick-feedback"],
        ["paper", "pl", "quick-feedback"],
      ].sort(),
    );
    expect(stored.map((r) => r.submittedOn)).toContain("2025-03-14");
    const [event] = await listAudit(t.sqlite.db, { action: "survey.paper-imported" });
    expect(event).toMatchObject({
      actorEmail: analyst.email,
      target: "quick-feedback",
      detail: { rows: 2, imported: 2, rejected: 0, flagged: 0 },
    });
    const row = (await (await analyst.request("/api/workspace/surveys")).json()).surveys.find(
      (s: { id: string }) => s.id === "quick-feedback",
    );
    expect(row.counts).toMatchObject({ total: 2, paper: 2 });
  });

  it("imports the good rows, refuses each bad row whole, and says which row, which column and what to fix", async () => {
    const csv = [
      "asked-for-help,how-helpful,unsafe-places,safe-in-area",
      "yes,quite,park;school,safe",
      "no,quite,park,safe",
      "yes,,park;moon,very safe",
      "yes,,Bus or train station,",
    ].join("\n");
    const res = await upload("staying-safe", csv);
    const report = await res.json();
    expect(report.accepted).toEqual([2, 5]);
    expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    const [hidden, moon] = report.rejected;
    expect(hidden.problems).toEqual([
      expect.objectContaining({
        column: "how-helpful",
        code: "hiddenQuestion",
        where: "how-helpful (column 2)",
      }),
    ]);
    expect(moon.problems[0]).toMatchObject({ column: "unsafe-places", code: "notAnOption" });
    expect(moon.problems[0].message).toMatch(
      /^“moon” is not an answer to this question. Write one of: .*park/,
    );
    expect((await responses()).length).toBe(2);
    const places = (await t.sqlite.db.query.answers.findMany()).filter(
      (a) => a.questionId === "unsafe-places",
    );
    expect(places.map((a) => a.value)).toEqual(
      expect.arrayContaining([["park", "school"], ["bus-train-station"]]),
    );
  });

  it("with ?dryRun=true checks every row and stores nothing, audits nothing", async () => {
    const res = await upload("quick-feedback", "know-more\nyes\nperhaps\n", "?dryRun=true");
    const report = await res.json();
    expect(report).toMatchObject({ dryRun: true, rows: 2, accepted: [2], rejected: [{ row: 3 }] });
    expect(await responses()).toEqual([]);
    expect(await listAudit(t.sqlite.db, { action: "survey.paper-imported" })).toEqual([]);
  });

  it("sends a disclosing paper answer to the safeguarding queue, sealed, and stores only the redacted text", async () => {
    const text = "they say I owe them and have to hold stuff for them, my name is Kacper";
    const res = await upload("staying-safe", `anything-else\n"${text}"\n`);
    expect(await res.json()).toMatchObject({ accepted: [2], flagged: 1 });
    const items = await t.sqlite.db.query.safeguardingItems.findMany();
    expect(items).toHaveLength(1);
    expect(items[0]?.categories).toContain("criminal-exploitation");
    expect(await unseal(await importSealingKey(TEST_KEY), items[0]?.sealedText ?? "")).toBe(text);
    const [answer] = await t.sqlite.db.query.answers.findMany();
    expect(String(answer?.value)).not.toContain("Kacper");
    const [event] = await listAudit(t.sqlite.db, { action: "survey.paper-imported" });
    expect(JSON.stringify(event)).not.toContain("owe");
  });

  it("refuses a whole file with an unknown column (400), saying which, and stores nothing", async () => {
    const res = await upload("quick-feedback", "know-more,favourite-colour\nyes,blue\n");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({
      code: "invalid_file",
      message:
        "The column “favourite-colour” is not a question in this survey. Use the column names listed on this page. Nothing was imported.",
    });
    expect(await responses()).toEqual([]);
  });

  it("takes files over the app's usual 64 KB, refuses over 2 MB or 5,000 rows (413), and other content types (415)", async () => {
    const big = `one-thing\n${`${"a long answer ".repeat(10)}\n`.repeat(600)}`;
    expect(big.length).toBeGreaterThan(64 * 1024);
    expect((await upload("quick-feedback", big, "?dryRun=true")).status).toBe(200);
    const huge = await upload("quick-feedback", new Uint8Array(3 * 1024 * 1024).fill(0x61));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe("too_large");
    const many = await upload("quick-feedback", `know-more\n${"yes\n".repeat(5001)}`, "?dryRun=true");
    expect(many.status).toBe(413);
    const json = await analyst.request("/api/workspace/surveys/quick-feedback/import", {
      json: { rows: [] },
    });
    expect(json.status).toBe(415);
  });

  it("is refused to the board (403) and to nobody signed in (401)", async () => {
    const viewer = await signedIn(t, "viewer");
    expect((await upload("quick-feedback", "know-more\nyes\n", "", viewer)).status).toBe(403);
    const anonymous = await t.app.request("/api/workspace/surveys/quick-feedback/import", {
      method: "POST",
      headers: { origin: SAME_ORIGIN, "content-type": "text/csv" },
      body: "know-more\nyes\n",
    });
    expect(anonymous.status).toBe(401);
    expect(await responses()).toEqual([]);
  });
});

describe("the import page, without JavaScript", () => {
  const post = (survey: string, csv: string | undefined, checkOnly: boolean) => {
    const form = new FormData();
    if (csv !== undefined) form.append("file", new File([csv], "forms.csv", { type: "text/csv" }));
    if (checkOnly) form.append("dryRun", "true");
    return t.app.request(`/workspace/surveys/${survey}/import`, {
      method: "POST",
      headers: { cookie: analyst.cookie, origin: SAME_ORIGIN },
      body: form,
    });
  };

  it("shows the columns to use and a multipart upload form with 'check only' ticked", async () => {
    const html = await (await analyst.request("/workspace/surveys/quick-feedback/import")).text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain("<code>know-more</code>");
    expect(html).toMatch(/<input[^>]*name="dryRun"[^>]*checked/);
    const template = await analyst.request("/workspace/surveys/quick-feedback/import/template.csv");
    const bytes = new Uint8Array(await template.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      "session-rating,know-more,one-thing,locale,submitted_on\r\n",
    );
  });

  it("checks a file and reports the problems in a table; a clean check unticks 'check only' for the real upload", async () => {
    const checked = await post(
      "quick-feedback",
      "know-more,submitted_on\nyes,2025-01-31\nyes,31/01/2025\n",
      true,
    );
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain("File checked: nothing was imported yet");
    expect(html).toMatch(
      /<th scope="row" class="numeric">3<\/th><td>submitted_on \(column 2\)<\/td><td>“31\/01\/2025” is not a date/,
    );
    expect(await responses()).toEqual([]);

    const clean = await (await post("quick-feedback", "know-more\nyes\n", true)).text();
    expect(clean).toContain("Every row passed the checks.");
    expect(clean).not.toMatch(/<input[^>]*name="dryRun"[^>]*checked/);
    const imported = await (await post("quick-feedback", "know-more\nyes\n", false)).text();
    expect(imported).toContain("Import finished");
    expect(await responses()).toHaveLength(1);
  });

  it("asks for a file when none was chosen, and names a file-wide problem in the error summary", async () => {
    const none = await post("quick-feedback", undefined, true);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('<a href="#file">Choose a CSV file to upload.</a>');
    const latin1 = await t.app.request("/workspace/surveys/quick-feedback/import", {
      method: "POST",
      headers: { cookie: analyst.cookie, origin: SAME_ORIGIN },
      body: (() => {
        const form = new FormData();
        form.append(
          "file",
          new File(
            [new Uint8Array([0x6f, 0x6e, 0x65, 0x2d, 0x74, 0x68, 0x69, 0x6e, 0x67, 0x0a, 0xf3, 0x0a])],
            "x.csv",
          ),
        );
        return form;
      })(),
    });
    expect(latin1.status).toBe(400);
    expect(await latin1.text()).toContain("The file is not saved as UTF-8.");
    const huge = await post("quick-feedback", "a".repeat(3 * 1024 * 1024), true);
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("The file is larger than 2 MB.");
  });
});
