import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formClient } from "../../tests/support/form-client";
import { createTestApp, TEST_KEY, type TestApp } from "../../tests/support/test-app";
import { importSealingKey, unseal } from "../domain/crypto/sealed-text";

const submit = (t: TestApp, survey: string, answers: Record<string, string | string[]>, locale = "en") =>
  t.app.request(`/api/surveys/${survey}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale, answers }),
  });

// Everything a child might write that an analyst must never see.
const PII = [
  "Jo Bloggs",
  "07700 900123",
  "+44 7700 900456",
  "jo.bloggs@example.com",
  "DN15 6XQ",
  "14 Ashby Road",
  "Brumby Academy",
  "www.example.co.uk",
  "@jo_b123",
];

describe("free text is redacted before it is stored", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ HEARD_SCHOOL_GAZETTEER: "Frederick Gough" });
  });
  afterEach(async () => {
    await t.close();
  });

  it("stores none of the personal details a child wrote, anywhere in the database", async () => {
    const text =
      "my name is Jo Bloggs, text me on 07700 900123 or +44 7700 900456, email jo.bloggs@example.com. " +
      "I live at 14 Ashby Road DN15 6XQ and go to Brumby Academy. my insta is @jo_b123, see www.example.co.uk";
    const res = await submit(t, "staying-safe", { "anything-else": text });
    expect(res.status).toBe(201);
    const dump =
      JSON.stringify(await t.sqlite.db.query.answers.findMany()) +
      JSON.stringify(await t.sqlite.db.query.responses.findMany());
    for (const value of PII) expect(dump).not.toContain(value);
    const [answer] = await t.sqlite.db.query.answers.findMany();
    expect(answer?.freeText).toBe(true);
    expect(answer?.value).toContain("[phone]");
    expect(answer?.value).toContain("[email]");
  });

  it("redacts a local school from the configured gazetteer", async () => {
    await submit(t, "staying-safe", {
      "anything-else": "people get picked on at frederick gough after school",
    });
    const [answer] = await t.sqlite.db.query.answers.findMany();
    expect(String(answer?.value).toLowerCase()).not.toContain("frederick gough");
  });
});

describe("possible disclosures go to safeguarding, sealed", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it("queues the original text sealed with the safeguarding key, and tells the client to show help", async () => {
    const text = "they say I owe them and have to hold stuff for them, my name is Kacper";
    const res = await submit(t, "staying-safe", { "anything-else": text });
    expect(await res.json()).toMatchObject({ showHelp: true });
    const items = await t.sqlite.db.query.safeguardingItems.findMany();
    expect(items).toHaveLength(1);
    expect(items[0]?.categories).toContain("criminal-exploitation");
    expect(items[0]?.sealedText).not.toContain("owe");
    expect(await unseal(await importSealingKey(TEST_KEY), items[0]?.sealedText ?? "")).toBe(text);
    const [answer] = await t.sqlite.db.query.answers.findMany();
    expect(answer?.value).not.toContain("Kacper");
  });

  it("queues nothing for an ordinary answer", async () => {
    const res = await submit(t, "staying-safe", { "anything-else": "more buses at night please" });
    expect(await res.json()).toMatchObject({ showHelp: false });
    expect(await t.sqlite.db.query.safeguardingItems.findMany()).toEqual([]);
  });

  it("shows help on the next page after a worrying free-text answer, then offers a contact form", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    const res = await browser.post("/s/quick-feedback/q/one-thing", {
      answer: "my step dad hits me when he is drunk",
    });
    expect(res.headers.get("location")).toBe("/s/quick-feedback/check?help=1");
    const done = await (await browser.post("/s/quick-feedback/submit")).text();
    expect(done).toContain("You do not have to deal with this alone");
    expect(done).toContain('action="/talk-to-someone"');
  });

  it("seals a contact request and links it to the answers only when the box is ticked", async () => {
    const first = (await (await submit(t, "staying-safe", { "anything-else": "he hits me" })).json()) as {
      receipt: string;
    };
    const browser = formClient(t);
    const unlinked = await browser.post("/talk-to-someone/send", {
      how: "07700 900999 after 4pm",
      receipt: first.receipt,
    });
    expect(unlinked.status).toBe(200);
    const linked = await browser.post("/talk-to-someone/send", {
      how: "text 07700 900998",
      receipt: first.receipt,
      link: "yes",
    });
    expect(linked.status).toBe(200);
    const requests = await t.sqlite.db.query.contactRequests.findMany();
    expect(requests.map((r) => r.linkedResponseId === null)).toEqual([true, false]);
    expect(JSON.stringify(requests)).not.toContain("07700");
    const opened = JSON.parse(
      await unseal(await importSealingKey(TEST_KEY), requests[0]?.sealedDetails ?? ""),
    );
    expect(opened.how).toBe("07700 900999 after 4pm");
  });

  it("asks for a way to reach them before sending a contact request", async () => {
    const res = await formClient(t).post("/talk-to-someone/send", { how: "  " });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("There is a problem");
    expect(await t.sqlite.db.query.contactRequests.findMany()).toEqual([]);
  });
});
