import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formClient } from "../../tests/support/form-client";
import { createTestApp, type TestApp } from "../../tests/support/test-app";
import { SURVEY_TRANSLATIONS } from "../surveys/survey-translations";

describe("choosing the language", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("uses ?lang=, sets lang and dir, and remembers the choice in a strictly necessary cookie", async () => {
    const browser = formClient(t);
    const res = await browser.get("/?lang=pl");
    expect(await res.text()).toMatch(/<html lang="pl" dir="ltr">/);
    const cookie = res.headers.getSetCookie().join(";");
    expect(cookie).toMatch(/heard_lang=pl/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(await (await browser.get("/help")).text()).toMatch(/<html lang="pl"/);
  });

  it("follows the browser's Accept-Language when nothing was chosen, and sets no cookie", async () => {
    const res = await t.app.request("/", { headers: { "accept-language": "ro-RO,ro;q=0.9,en;q=0.5" } });
    expect(await res.text()).toMatch(/<html lang="ro"/);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("falls back to English for a language we do not have", async () => {
    const res = await t.app.request("/?lang=xx", { headers: { "accept-language": "de" } });
    expect(await res.text()).toMatch(/<html lang="en"/);
  });

  it("links every page to itself in every language, each named in itself", async () => {
    const html = await (await t.app.request("/help?for=child")).text();
    for (const [lang, name] of [
      ["pl", "Polski"],
      ["lt", "Lietuvių"],
      ["lv", "Latviešu"],
      ["ro", "Română"],
      ["bn", "বাংলা"],
    ]) {
      expect(html).toContain(
        `href="/help?for=child&amp;lang=${lang}" lang="${lang}" hreflang="${lang}">${name}</a>`,
      );
    }
  });

  it("shows survey questions in the chosen language", async () => {
    const browser = formClient(t);
    await browser.get("/?lang=lt");
    await browser.post("/s/feeling-safe/start");
    const html = await (await browser.get("/s/feeling-safe/q/safe-at-school")).text();
    const title = SURVEY_TRANSLATIONS.lt?.["feeling-safe"]?.["questions.safe-at-school.title"];
    expect(title?.length).toBeGreaterThan(0);
    expect(html).toContain(title);
  });

  it("answers the survey definition API in the language asked for", async () => {
    const res = await t.app.request("/api/surveys/feeling-safe?lang=bn");
    const survey = (await res.json()) as { title: string };
    expect(survey.title).toBe(SURVEY_TRANSLATIONS.bn?.["feeling-safe"]?.title);
  });
});
