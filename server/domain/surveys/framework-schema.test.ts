import { describe, expect, it } from "vitest";
import { bundledFramework } from "./bundled-framework";
import { frameworkSchema } from "./framework-schema";

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe("bundled framework", () => {
  it("has the eight canonical outcomes under the four aims", () => {
    expect(ids(bundledFramework.aims)).toEqual(["prepare", "prevent", "protect", "pursue"]);
    expect(ids(bundledFramework.outcomes)).toEqual([
      "prepare.systems",
      "prepare.awareness",
      "prepare.voice",
      "prevent.early",
      "prevent.resilience",
      "protect.victims",
      "protect.perpetrators",
      "pursue.offending",
    ]);
  });

  it("has the ten harms, two vulnerabilities, six audiences and three engagement levels", () => {
    expect(ids(bundledFramework.harms).sort()).toEqual(
      [
        "cse",
        "cce",
        "serious-youth-violence",
        "trafficking",
        "modern-slavery",
        "online-abuse",
        "relationship-abuse",
        "bullying",
        "child-on-child-sexual-harm",
        "radicalisation",
      ].sort(),
    );
    expect(ids(bundledFramework.vulnerabilities)).toEqual(["missing", "send"]);
    expect(ids(bundledFramework.audiences).sort()).toEqual(
      [
        "child-8-12",
        "child-4-7-assisted",
        "young-person-13-17",
        "young-adult-18-25",
        "parent-carer",
        "community",
      ].sort(),
    );
    expect(ids(bundledFramework.engagementLevels)).toEqual(["individual", "service", "strategic"]);
  });

  it("has the twelve places", () => {
    expect(ids(bundledFramework.places).sort()).toEqual(
      [
        "school",
        "online-gaming",
        "social-media",
        "park",
        "bus-train-station",
        "town-centre",
        "shops-takeaways",
        "parties-friends-houses",
        "home",
        "way-to-from-school",
        "youth-club-sports",
        "other",
      ].sort(),
    );
  });
});

describe("frameworkSchema", () => {
  it("rejects an outcome filed under an aim its id does not start with", () => {
    const broken = structuredClone(bundledFramework);
    broken.outcomes[0] = { id: "prepare.systems", aim: "pursue", label: "x" };
    const result = frameworkSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["outcomes", 0, "aim"]);
  });

  it("rejects a duplicate place id", () => {
    const broken = structuredClone(bundledFramework);
    broken.places.push({ id: "park", label: "Another park" });
    expect(frameworkSchema.safeParse(broken).error?.issues[0]?.message).toBe('Duplicate id "park"');
  });
});
