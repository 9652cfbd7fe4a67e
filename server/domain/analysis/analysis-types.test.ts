import { describe, expect, it } from "vitest";
import { bundledFramework } from "../surveys/bundled-framework";
import { HARM_IDS } from "./analysis-types";

describe("analysis harm ids", () => {
  it("are exactly the framework's harms, so suggestions can always be shown and coded", () => {
    expect([...HARM_IDS].sort()).toEqual(bundledFramework.harms.map((h) => h.id).sort());
  });
});
