import { describe, expect, it } from "vitest";
import { bundledFramework } from "./bundled-framework";
import { choiceOptions } from "./choice-options";
import { testSurvey } from "./test-survey";

const question = (id: string) => {
  const found = testSurvey().questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};
const values = (id: string) => choiceOptions(question(id), bundledFramework).map((o) => o.value);

describe("choiceOptions", () => {
  it("adds I don't know and I'd rather not say after the author's options", () => {
    expect(choiceOptions(question("feel"), bundledFramework).slice(-2)).toEqual([
      { value: "dont-know", label: "I don't know" },
      { value: "prefer-not-to-say", label: "I'd rather not say" },
    ]);
  });

  it("supplies yes, no and unsure, leaving out I don't know when the question turns it off", () => {
    expect(choiceOptions(question("tell"), bundledFramework)).toEqual([
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
      { value: "unsure", label: "Not sure" },
      { value: "prefer-not-to-say", label: "I'd rather not say" },
    ]);
  });

  it("marks the yes-no-unsure answers named in triggersHelpOn", () => {
    const q = { ...question("tell"), triggersHelpOn: ["yes" as const] };
    expect(choiceOptions(q, bundledFramework)[0]).toEqual({ value: "yes", label: "Yes", triggersHelp: true });
  });

  it("offers the question's places in its own order, labelled from the framework", () => {
    expect(choiceOptions(question("where"), bundledFramework).slice(0, 3)).toEqual([
      { value: "park", label: "The park" },
      { value: "school", label: "School" },
      { value: "home", label: "At home" },
    ]);
  });

  it("offers every framework place when the question lists none", () => {
    const q = { ...question("where"), places: undefined };
    expect(choiceOptions(q, bundledFramework)).toHaveLength(bundledFramework.places.length + 2);
  });

  it("offers nothing for free-text questions", () => {
    expect(values("why")).toEqual([]);
    expect(values("more")).toEqual([]);
  });
});
