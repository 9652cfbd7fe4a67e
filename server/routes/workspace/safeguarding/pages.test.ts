import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SignedIn, signedIn } from "../../../../tests/support/staff";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { auditRows, DISCLOSURE, insertContact, insertItem, raiseItem } from "./queue-test-fixtures";

describe("the safeguarding pages", () => {
  let t: TestApp;
  let lead: SignedIn;
  beforeEach(async () => {
    t = await createTestApp();
    lead = await signedIn(t, "safeguarding");
  });
  afterEach(async () => {
    await t.close();
  });

  it("sends someone not signed in to sign in, and tells other roles plainly they cannot open it", async () => {
    const { id } = await raiseItem(t);
    const anonymous = await t.app.request(`/workspace/safeguarding/items/${id}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(
      `/workspace/sign-in?next=${encodeURIComponent(`/workspace/safeguarding/items/${id}`)}`,
    );
    const analyst = await signedIn(t, "analyst");
    for (const path of ["/workspace/safeguarding", `/workspace/safeguarding/items/${id}`]) {
      const res = await analyst.request(path);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain("You cannot open this page");
      expect(html).not.toContain("step dad");
    }
    const post = await analyst.request(`/workspace/safeguarding/items/${id}/status`, {
      form: { status: "actioned" },
    });
    expect(post.status).toBe(403);
    expect(await auditRows(t, "safeguarding.item.viewed")).toEqual([]);
  });

  it("lists items and requests with what they may be about and whether overdue, never the words", async () => {
    await raiseItem(t);
    await insertItem(t, { text: "they make me sell for them", raisedOn: "2020-01-06" });
    await insertContact(t, { how: "07700 900444" }, "2020-01-06");
    const res = await lead.request("/workspace/safeguarding");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Safeguarding queue");
    expect(html).toContain("Physical abuse");
    expect(html).toContain("Criminal exploitation");
    expect(html).toContain("Quick feedback");
    expect(html).toContain("What is one thing we should change or keep?");
    expect(html).toContain("2 items, oldest first");
    expect(html).toContain("1 request, oldest first");
    expect((html.match(/>Overdue</g) ?? []).length).toBe(2);
    expect(html).toContain("bank holidays are not taken into account");
    for (const words of ["step dad", "sell for them", "07700"]) expect(html).not.toContain(words);
    expect(await auditRows(t, "safeguarding.item.viewed")).toEqual([]);
  });

  it("shows the words on the opened item and records the opening once", async () => {
    const { id } = await raiseItem(t);
    const html = await (await lead.request(`/workspace/safeguarding/items/${id}`)).text();
    expect(html).toContain(DISCLOSURE);
    expect(html).toContain("has been recorded in the audit log");
    expect(html).toContain("Everyone in the community");
    expect(await auditRows(t, "safeguarding.item.viewed")).toHaveLength(1);
  });

  it("changes the status with a form, then shows it saved (POST-redirect-GET)", async () => {
    const { id } = await raiseItem(t);
    const res = await lead.request(`/workspace/safeguarding/items/${id}/status`, {
      form: { status: "no-further-action" },
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toBe(`/workspace/safeguarding/items/${id}?done=status`);
    const html = await (await lead.request(location)).text();
    expect(html).toContain("The status has been saved.");
    expect(html).toMatch(/value="no-further-action" checked/);
    expect((await t.sqlite.db.query.safeguardingItems.findFirst())?.status).toBe("no-further-action");
  });

  it("asks for a status when none was chosen, with an error summary linked to the radios", async () => {
    const { id } = await raiseItem(t);
    const res = await lead.request(`/workspace/safeguarding/items/${id}/status`, { form: {} });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain('<a href="#status">Choose a status</a>');
    expect(html).toContain("<title>Error:");
  });

  it("adds a note with a form; an empty or too-long note is refused and kept for correction", async () => {
    const { id } = await raiseItem(t);
    const empty = await lead.request(`/workspace/safeguarding/items/${id}/notes`, { form: { note: " " } });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('<a href="#note">Enter a note</a>');
    const long = "a".repeat(4001);
    const tooLong = await lead.request(`/workspace/safeguarding/items/${id}/notes`, { form: { note: long } });
    expect(tooLong.status).toBe(400);
    const tooLongHtml = await tooLong.text();
    expect(tooLongHtml).toContain("Enter a note of 4000 characters or fewer. It is 4001 now.");
    expect(tooLongHtml).toContain(long);
    const ok = await lead.request(`/workspace/safeguarding/items/${id}/notes`, {
      form: { note: "Referred to MASH\nwill follow up Monday" },
    });
    expect(ok.status).toBe(303);
    const html = await (await lead.request(ok.headers.get("location") ?? "")).text();
    expect(html).toContain("Your note has been saved.");
    expect(html).toContain("Referred to MASH\nwill follow up Monday");
    expect(html).toContain(lead.email);
  });

  it("opens a contact request page with how to reach them, and can mark it actioned", async () => {
    const id = await insertContact(t, { how: "07700 900555", message: "please not at home" }, "2020-01-06");
    const html = await (await lead.request(`/workspace/safeguarding/contact-requests/${id}`)).text();
    expect(html).toContain("07700 900555");
    expect(html).toContain("please not at home");
    expect(await auditRows(t, "safeguarding.contact.viewed")).toHaveLength(1);
    const res = await lead.request(`/workspace/safeguarding/contact-requests/${id}/status`, {
      form: { status: "actioned" },
    });
    expect(res.status).toBe(303);
    expect((await t.sqlite.db.query.contactRequests.findFirst())?.status).toBe("actioned");
  });

  it("shows a not-found page for an item that does not exist", async () => {
    const res = await lead.request(`/workspace/safeguarding/items/${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });
});
