import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate-locale";

const supported = ["en", "pl", "lt", "lv", "ro", "bn"] as const;

describe("negotiateLocale", () => {
  it("prefers ?lang= over everything", () => {
    expect(negotiateLocale({ query: "lt", cookie: "pl", acceptLanguage: "ro" }, supported)).toBe("lt");
  });
  it("uses the saved preference when there is no ?lang=", () => {
    expect(negotiateLocale({ cookie: "pl", acceptLanguage: "ro" }, supported)).toBe("pl");
  });
  it("falls back to the browser's languages in order of preference", () => {
    expect(negotiateLocale({ acceptLanguage: "de-DE,ro;q=0.8,pl;q=0.9" }, supported)).toBe("pl");
  });
  it("matches a regional tag to its language", () => {
    expect(negotiateLocale({ acceptLanguage: "bn-BD" }, supported)).toBe("bn");
  });
  it("ignores unsupported or malformed hints and defaults to English", () => {
    expect(
      negotiateLocale({ query: "xx", cookie: "<script>", acceptLanguage: "fr;q=abc, *" }, supported),
    ).toBe("en");
  });
});

describe("parseAcceptLanguage", () => {
  it("drops ranges with q=0", () => {
    expect(parseAcceptLanguage("pl;q=0, en")).toEqual(["en"]);
  });
});
