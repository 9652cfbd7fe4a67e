import { expect, it } from "vitest";
import { browser, receiptIn } from "../browser";
import { officer } from "../officers";
import { type TargetRef, token } from "../target";

const QUICK = "/s/quick-feedback";
const DISCLOSURE = "they make me hold stuff for them and say I owe them";

/** A possible disclosure: help at once for the respondent, the words sealed for the safeguarding lead. */
export function disclosures(target: TargetRef) {
  it("offers help at once for a disclosing answer and seals it for the safeguarding lead only", async () => {
    const b = browser(target());
    const words = `${DISCLOSURE}, case ${token()}`;
    await b.post(`${QUICK}/start`);
    const answered = await b.post(`${QUICK}/q/one-thing`, { answer: words });
    expect(answered.headers.get("location")).toBe(`${QUICK}/check?help=1`);
    const done = await b.post(`${QUICK}/submit`);
    const page = await done.text();
    expect(receiptIn(page)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(page).toContain('action="/talk-to-someone"');

    const lead = await officer(target(), "safeguarding");
    const queue = await lead.get("/api/safeguarding/items?status=new");
    expect(queue.status).toBe(200);
    const { items } = (await queue.json()) as {
      items: { id: string; surveyId: string; questionId: string }[];
    };
    const candidates = items.filter((i) => i.surveyId === "quick-feedback" && i.questionId === "one-thing");
    type Opened = { item: { id: string; text: string; categories: string[] } };
    const opened = await Promise.all(
      candidates.map(
        async (i) => ((await (await lead.get(`/api/safeguarding/items/${i.id}`)).json()) as Opened).item,
      ),
    );
    const ours = opened.find((item) => item.text === words);
    expect(ours?.categories).toContain("criminal-exploitation");
    const analyst = await officer(target(), "analyst");
    expect((await analyst.get(`/api/safeguarding/items/${ours?.id}`)).status).toBe(403);
  });

  it("takes a request to talk to someone from the confirmation page, linked to the answers only if asked", async () => {
    const b = browser(target());
    await b.post(`${QUICK}/start`);
    await b.post(`${QUICK}/q/one-thing`, { answer: `${DISCLOSURE}, case ${token()}` });
    const receipt = receiptIn(await (await b.post(`${QUICK}/submit`)).text()) ?? "";
    const form = await b.post("/talk-to-someone", { receipt });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain(`name="receipt" value="${receipt}"`);
    const how = `Text me after school, ${token()}`;
    const sent = await b.post("/talk-to-someone/send", { how, when: "after 4pm", link: "yes", receipt });
    expect(sent.status).toBe(200);
    const missing = await b.post("/talk-to-someone/send", { how: "" });
    expect(missing.status).toBe(400);

    const lead = await officer(target(), "safeguarding");
    const { requests } = (await (await lead.get("/api/safeguarding/contact-requests")).json()) as {
      requests: { id: string; linked: boolean }[];
    };
    const details = await Promise.all(
      requests.map(
        async (r) =>
          (
            (await (await lead.get(`/api/safeguarding/contact-requests/${r.id}`)).json()) as {
              request: { details: { how: string; when: string }; linkedItems: { surveyId: string }[] };
            }
          ).request,
      ),
    );
    const ours = details.find((d) => d.details.how === how);
    expect(ours?.details.when).toBe("after 4pm");
    expect(ours?.linkedItems.map((i) => i.surveyId)).toEqual(["quick-feedback"]);
  });
}
