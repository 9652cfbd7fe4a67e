import { expect, it } from "vitest";
import { browser, receiptIn } from "../browser";
import type { TargetRef } from "../target";

// quick-feedback: an emoji scale, a yes/no and one free-text question (surveys/quick-feedback.json).
const QUICK = "/s/quick-feedback";

/** The respondent's side, as a browser without JavaScript: pages, form posts and the draft cookie. */
export function surveyJourney(target: TargetRef) {
  it("lists the surveys on the home page and opens one at its start page", async () => {
    const b = browser(target());
    const home = await b.get("/?for=community");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain(`href="${QUICK}"`);
    const start = await b.get(QUICK);
    expect(start.status).toBe(200);
    expect(await start.text()).toContain(`action="${QUICK}/start"`);
  });

  it("answers an unknown address with a page that still offers quick exit and help, or JSON under /api", async () => {
    const b = browser(target());
    for (const path of ["/s/no-such-survey", "/no-such-page", "/assets/no-such-file.css"]) {
      const res = await b.get(path);
      expect([path, res.status, res.headers.get("content-type")]).toEqual([
        path,
        404,
        "text/html; charset=UTF-8",
      ]);
      const html = await res.text();
      expect(html).toContain("Page not found");
      expect(html).toContain('href="/exit"');
      expect(html).toContain('href="/help"');
    }
    const api = await b.get("/api/no-such-thing");
    expect([api.status, await api.json()]).toEqual([
      404,
      { error: expect.objectContaining({ code: "not_found" }) },
    ]);
  });

  it("goes start → one question a page → check answers → confirmation with a receipt, by form posts", async () => {
    const b = browser(target());
    const started = await b.post(`${QUICK}/start`);
    expect(started.status).toBe(303);
    expect(started.headers.get("location")).toBe(`${QUICK}/q/session-rating`);
    expect(b.jar.get("heard_draft")).toMatch(/.{16,}/);

    const question = await b.get(`${QUICK}/q/session-rating`);
    expect(question.status).toBe(200);
    expect(await question.text()).toMatch(/<h1[^>]*>How was today(&#39;|')s session\?<\/h1>/);
    const steps: [string, string, string][] = [
      ["session-rating", "good", `${QUICK}/q/know-more`],
      ["know-more", "yes", `${QUICK}/q/one-thing`],
      ["one-thing", "More games please", `${QUICK}/check`],
    ];
    for (const [qid, answer, next] of steps) {
      const res = await b.post(`${QUICK}/q/${qid}`, { answer });
      expect([res.status, res.headers.get("location")]).toEqual([303, next]);
    }
    const refused = await b.post(`${QUICK}/q/know-more`, { answer: "maybe-later" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("There is a problem");

    const check = await (await b.get(`${QUICK}/check`)).text();
    expect(check).toContain("Check your answers");
    expect(check).toContain("More games please");
    expect(check).toContain(`${QUICK}/q/know-more?change=1`);

    const done = await b.post(`${QUICK}/submit`);
    expect(done.status).toBe(200);
    const receipt = receiptIn(await done.text());
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(b.jar.has("heard_draft")).toBe(false);
    const lookedUp = await b.get(`/api/receipts/${receipt}`);
    expect(await lookedUp.json()).toMatchObject({ status: "submitted", surveyId: "quick-feedback" });
  });

  it("quick exit deletes the unsent draft and leaves for the neutral site", async () => {
    const b = browser(target());
    await b.post(`${QUICK}/start`);
    await b.post(`${QUICK}/q/session-rating`, { answer: "ok" });
    const draftCookie = b.cookie();
    const exit = await b.get("/exit");
    expect([exit.status, exit.headers.get("location")]).toEqual([303, "https://www.bbc.co.uk/weather"]);
    expect(exit.headers.get("cache-control")).toBe("no-store");
    expect(b.jar.has("heard_draft")).toBe(false);
    // Even someone who kept the old cookie finds nothing left.
    const again = await fetch(`${target().url}${QUICK}/q/know-more`, {
      headers: { cookie: draftCookie },
      redirect: "manual",
    });
    expect([again.status, again.headers.get("location")]).toEqual([303, `${QUICK}?expired=1`]);
  });
}
