import { describe, expect, it } from "vitest";
import { inFrameworkOrder, newThemeSchema, themeChangeSchema } from "./theme-input";

describe("theme input", () => {
  it("accepts a label with framework outcomes and harms, trimming the words", () => {
    const parsed = newThemeSchema.parse({
      label: "  Safer parks ",
      outcomes: ["prevent.early"],
      harms: ["cce"],
    });
    expect(parsed).toEqual({
      label: "Safer parks",
      description: "",
      outcomes: ["prevent.early"],
      harms: ["cce"],
    });
  });

  it("refuses ids the framework does not have, and vulnerabilities as harms", () => {
    expect(newThemeSchema.safeParse({ label: "X", outcomes: ["prevent"] }).success).toBe(false);
    expect(newThemeSchema.safeParse({ label: "X", harms: ["missing"] }).success).toBe(false);
    expect(newThemeSchema.safeParse({ label: "x".repeat(81) }).success).toBe(false);
  });

  it("needs at least one field in a change", () => {
    expect(themeChangeSchema.safeParse({}).success).toBe(false);
    expect(themeChangeSchema.safeParse({ retired: false }).success).toBe(true);
  });

  it("puts chosen ids in the framework's order, once each", () => {
    expect(inFrameworkOrder(["c", "a", "c"], ["a", "b", "c"])).toEqual(["a", "c"]);
  });
});
