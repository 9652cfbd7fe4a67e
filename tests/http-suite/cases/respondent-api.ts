import { expect, it } from "vitest";
import { browser } from "../browser";
import type { TargetRef } from "../target";

/** What a respondent (or their app) does with JSON and receipt codes. */
export function respondentApi(target: TargetRef) {
  it("looks a receipt up and withdraws the answers with it", async () => {
    const b = browser(target());
    const sent = await b.send("/api/surveys/quick-feedback/responses", {
      json: { answers: { "know-more": "no" } },
    });
    const { receipt } = (await sent.json()) as { receipt: string };
    // Typed in lower case with spaces, as people copy it.
    const typed = encodeURIComponent(receipt.toLowerCase().replaceAll("-", " "));
    expect((await b.get(`/api/receipts/${typed}`)).status).toBe(200);
    const withdrawn = await b.send(`/api/receipts/${receipt}`, { method: "DELETE" });
    expect([withdrawn.status, await withdrawn.json()]).toEqual([200, { status: "withdrawn" }]);
    expect(await (await b.get(`/api/receipts/${receipt}`)).json()).toMatchObject({ status: "withdrawn" });
    const unknown = await b.get("/api/receipts/AAAA-BBBB-CCCC-DDDD");
    expect([unknown.status, ((await unknown.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      "not_found",
    ]);
  });

  it("answers the JSON submission API: 201, 400 with one issue per question, 413 over 64 KB, 404", async () => {
    const b = browser(target());
    const post = (survey: string, body: unknown) =>
      b.send(`/api/surveys/${survey}/responses`, { json: body });
    const ok = await post("quick-feedback", { locale: "en", answers: { "one-thing": "Keep the pizza" } });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ receipt: expect.stringMatching(/^[0-9A-Z-]{19}$/), showHelp: false });

    const bad = await post("quick-feedback", { answers: { "know-more": "maybe-later", nope: "x" } });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe("invalid_answers");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["know-more", "nope"]);

    const huge = await post("quick-feedback", { answers: { "one-thing": "x".repeat(70_000) } });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: "too_large" } });

    const missing = await post("no-such-survey", { answers: {} });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("counts a body sent without a length (chunked) as it arrives: 413 over 64 KB, 201 under", async () => {
    const { url } = target();
    // A stream body has no Content-Length, so the size is only known by reading it.
    const chunked = (text: string) =>
      fetch(`${url}/api/surveys/quick-feedback/responses`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: url },
        body: new Blob([JSON.stringify({ answers: { "one-thing": text } })]).stream(),
        duplex: "half",
      } as RequestInit);
    const huge = await chunked("x".repeat(70_000));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: "too_large" } });
    const small = await chunked("Keep the pizza");
    expect(small.status).toBe(201);
    expect(await small.json()).toMatchObject({ receipt: expect.stringMatching(/^[0-9A-Z-]{19}$/) });
  });

  it("withdraws answers through the form with a receipt code, and explains a code it cannot use", async () => {
    const b = browser(target());
    const sent = await b.send("/api/surveys/quick-feedback/responses", {
      json: { answers: { "know-more": "yes" } },
    });
    const { receipt } = (await sent.json()) as { receipt: string };
    expect((await b.get("/withdraw")).status).toBe(200);
    const bad = await b.post("/withdraw", { receipt: "not a code" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("There is a problem");
    const done = await b.post("/withdraw", { receipt });
    expect(done.status).toBe(200);
    expect(await (await b.get(`/api/receipts/${receipt}`)).json()).toMatchObject({ status: "withdrawn" });
  });
}
