import { describe, expect, it } from "vitest";
import { publishPercent } from "./publish-percent";

describe("publishPercent", () => {
  it("publishes a whole-number percentage when the base and both parts are large enough", () => {
    expect(publishPercent(25, 50)).toEqual({ kind: "percent", value: 50 });
    expect(publishPercent(10, 30)).toEqual({ kind: "percent", value: 33 });
  });

  it("withholds a percentage of a base under k", () => {
    expect(publishPercent(0, 9)).toEqual({ kind: "withheld" });
    expect(publishPercent(0, 0)).toEqual({ kind: "withheld" });
  });

  it("withholds a percentage that gives back a small count with its base", () => {
    expect(publishPercent(3, 40)).toEqual({ kind: "withheld" });
  });

  it("withholds a percentage whose remainder is small ('95% of 40' leaves 2 children)", () => {
    expect(publishPercent(38, 40)).toEqual({ kind: "withheld" });
  });

  it("publishes 0% and 100%, since a true zero reveals nothing", () => {
    expect(publishPercent(0, 40)).toEqual({ kind: "percent", value: 0 });
    expect(publishPercent(40, 40)).toEqual({ kind: "percent", value: 100 });
  });

  it("uses the chosen threshold", () => {
    expect(publishPercent(6, 40, 5)).toEqual({ kind: "percent", value: 15 });
    expect(publishPercent(6, 40, 10)).toEqual({ kind: "withheld" });
  });

  it("keeps a hidden count hidden when given published cells", () => {
    const base = { kind: "count", value: 40 } as const;
    expect(publishPercent({ kind: "suppressed", display: "[c]" }, base)).toEqual({ kind: "withheld" });
    expect(publishPercent({ kind: "count", value: 20 }, base)).toEqual({ kind: "percent", value: 50 });
  });

  it("rejects a part larger than its base, and a threshold under 5", () => {
    expect(() => publishPercent(41, 40)).toThrow(/more than its base/);
    expect(() => publishPercent(1, 40, 2)).toThrow(/at least 5/);
  });
});
