import { describe, expect, it } from "vitest";
import { newActionSchema } from "./action-input";
import { personIn } from "./owning-team";

describe("personIn (the owning-team rule)", () => {
  it("accepts team names", () => {
    for (const team of [
      "Youth Justice Service",
      "Early Help",
      "Community Safety Partnership",
      "CAMHS",
      "Police – Neighbourhood Team",
    ]) {
      expect(personIn(team), team).toBeUndefined();
    }
  });

  it("refuses email addresses", () => {
    expect(personIn("youth.team@council.gov.uk")).toBe("email");
    expect(personIn("Ask sam@")).toBe("email");
  });

  it("refuses a first name followed by a surname, alone or inside a team name", () => {
    expect(personIn("Sam Jones")).toBe("person");
    expect(personIn("Early Help (Sarah Smith)")).toBe("person");
    expect(personIn("Kacper Nowak")).toBe("person");
  });
});

describe("newActionSchema", () => {
  const base = {
    title: "Safer routes",
    description: "Lighting",
    childSummary: "Brighter paths",
    agency: "council",
  };

  it("says why an owning team that names a person is refused", () => {
    const result = newActionSchema.safeParse({ ...base, owningTeam: "Sam Jones" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["owningTeam"] });
    expect(result.error?.issues[0]?.message).toMatch(/team, not a person/);
  });

  it("refuses a due date before the start date", () => {
    const result = newActionSchema.safeParse({
      ...base,
      owningTeam: "Youth Service",
      startOn: "2026-10-10",
      dueOn: "2026-10-01",
    });
    expect(result.error?.issues[0]?.path).toEqual(["dueOn"]);
  });
});
