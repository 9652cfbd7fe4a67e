import { describe, expect, it } from "vitest";
import { detectSchools } from "./detect-schools";
import { mergeSpans } from "./merge-spans";

const GAZETTEER = ["Frederick Gough", "Baysgarth", "Brumby", "St Lawrence Academy"];
const found = (text: string, gazetteer: readonly string[] = GAZETTEER) =>
  mergeSpans(detectSchools(text, gazetteer)).map((s) => text.slice(s.start, s.end));

describe("detectSchools", () => {
  it.each([
    ["I go to Frederick Gough School", "Frederick Gough School"],
    ["at St Bede's Catholic Academy they dont listen", "St Bede's Catholic Academy"],
    ["Brumby Junior School was ok", "Brumby Junior School"],
    ["my sister goes to Crosby Primary School", "Crosby Primary School"],
    ["North Lindsey College has a counsellor", "North Lindsey College"],
    ["we go to Outwood Academy Brumby", "Outwood Academy Brumby"],
    ["Our Lady of Lourdes Catholic Primary", "Our Lady of Lourdes Catholic Primary"],
    ["i left the Vale Academy", "Vale Academy"],
    ["Sir John Nelthorpe School is in brigg", "Sir John Nelthorpe School"],
    ["St Luke's Primary", "St Luke's Primary"],
    ["Holy Souls C of E Primary", "Holy Souls C of E Primary"],
    ["at Westcliffe primary they helped", "Westcliffe primary"],
    ["I GO TO BRUMBY SCHOOL", "BRUMBY SCHOOL"],
    ["i go to frederick gough school", "frederick gough school"],
    ["i go to leys farm junior", "leys farm junior"],
    ["at north lindsey college", "north lindsey college"],
    ["I'm in year 8 at Baysgarth", "Baysgarth"],
    ["i go to brumby and its ok", "brumby"],
    ["i go st lawrence academy", "st lawrence academy"],
    ["i go to the grange primary school", "grange primary school"],
    // A place word on the next line, or after the school's own "Academy", does not make it a street
    // (found by the property test: "Chase me" on the next line hid the school).
    ["i go st lawrence academy\nChase me and I'll run", "st lawrence academy"],
    ["i go st lawrence academy chase me", "st lawrence academy"],
    ["I'm at Brumby\nWood is where we hang out", "Brumby"],
  ])("finds the school in %j", (text, school) => {
    expect(found(text)).toEqual([school]);
  });

  it("keeps two schools joined by 'and' apart", () => {
    expect(found("Frederick Gough School and St Bede's Catholic Academy")).toEqual([
      "Frederick Gough School",
      "St Bede's Catholic Academy",
    ]);
  });

  it("finds nothing from the gazetteer when none is given", () => {
    expect(found("I'm in year 8 at Baysgarth", [])).toEqual([]);
  });

  it.each([
    "My School is rubbish",
    "Primary School was fine",
    "I hate High School",
    "I go to secondary school now",
    "at football academy the coach is nice",
    "Back to school is stressful",
    "After school I go home",
    "On Monday school was shut",
    "Big school is scary",
    "at sixth form college",
    "Sunday School is boring",
    "I was walking down Ashby High Street",
    "we went to the park after school",
    "i go to school in Brigg",
    "The skate park on Brumby Wood Lane",
    "we hang out on brumby wood lane",
    "at the girls school",
  ])("finds no school in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
