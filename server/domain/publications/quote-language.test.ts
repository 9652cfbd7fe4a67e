import { describe, expect, it } from "vitest";
import { quoteLanguage } from "./quote-language";

describe("quoteLanguage", () => {
  it("marks a quote with the respondent's language when its own letters show it", () => {
    expect(quoteLanguage("Więcej świateł na przystankach", "pl")).toBe("pl");
    expect(quoteLanguage("Reikia daugiau šviesų", "lt")).toBe("lt");
    expect(quoteLanguage("Vajag vairāk gaismas", "lv")).toBe("lv");
    expect(quoteLanguage("Mai multă lumină în parc", "ro")).toBe("ro");
    expect(quoteLanguage("পার্কে আরও আলো চাই", "bn")).toBe("bn");
  });

  it("publishes nothing about the respondent when the words do not show their language", () => {
    // English written on the Polish pages: marking it would say who wrote it, and in the wrong voice.
    expect(quoteLanguage("More lights at the bus stop", "pl")).toBeUndefined();
    expect(quoteLanguage("Wiecej swiatel", "pl")).toBeUndefined();
    expect(quoteLanguage("More lights at the bus stop", "en")).toBeUndefined();
    // Polish words from someone on the English pages: the page's language is not guessed past.
    expect(quoteLanguage("Więcej świateł", "en")).toBeUndefined();
  });
});
