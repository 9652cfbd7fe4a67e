import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../../tests/support/form-client";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";

describe("help, privacy, accessibility and exit pages", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists help with tel: links for Childline, NSPCC, 999, 101, the textphones and Samaritans", async () => {
    const html = await (await t.app.request("/help?for=adult")).text();
    for (const tel of ["tel:999", "tel:18000", "tel:08088005000", "tel:101", "tel:18001101", "tel:116123"]) {
      expect(html).toContain(`href="${tel}"`);
    }
    expect(html).toContain("ceop.police.uk");
    expect(html).toContain("fearless.org");
    expect(html).toMatch(/Last checked: \d{4}-\d{2}-\d{2}/);
  });

  it("words help for a child differently, with Childline and Report Remove", async () => {
    const child = await (await t.app.request("/help?for=child")).text();
    const adult = await (await t.app.request("/help?for=adult")).text();
    expect(child).toContain('href="tel:08001111"');
    expect(child).toContain("Report Remove");
    expect(child).toContain("you will not get in trouble");
    expect(adult).not.toContain("you will not get in trouble");
  });

  it("shows the local partnership's contacts, configurable", async () => {
    const html = await (await t.app.request("/help")).text();
    expect(html).toContain("mars@northlincs.gov.uk");
  });

  it("explains the exit button and that history is not erased", async () => {
    const html = await (await t.app.request("/exit-this-page")).text();
    expect(html).toContain("does not delete your browsing history");
    expect(html).toContain("Shift key 3 times");
  });

  it("has a privacy notice in plain words for each audience", async () => {
    const child = await (await t.app.request("/privacy?for=child")).text();
    const adult = await (await t.app.request("/privacy?for=adult")).text();
    expect(child).toContain("We do not ask your name");
    expect(adult).toContain("strictly necessary");
    expect(child).not.toEqual(adult);
  });

  it("has an accessibility statement in the GDS shape", async () => {
    const html = await (await t.app.request("/accessibility")).text();
    for (const heading of ["How accessible this website is", "Enforcement procedure", "Compliance status"]) {
      expect(html).toContain(heading);
    }
  });

  it("puts Exit this page (link to /exit, and a hidden first link) and Get help on every page", async () => {
    const browser = formClient(t);
    await browser.post("/s/quick-feedback/start");
    for (const path of [
      "/",
      "/help",
      "/privacy",
      "/accessibility",
      "/withdraw",
      "/s/quick-feedback",
      "/s/quick-feedback/check",
    ]) {
      const html = await (await browser.get(path)).text();
      expect(html.match(/href="\/exit"/g)?.length, path).toBe(2);
      expect(html, path).toMatch(/href="\/help(\?for=\w+)?"/);
    }
  });
});
