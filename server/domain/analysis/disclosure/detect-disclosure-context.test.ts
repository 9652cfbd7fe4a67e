import { describe, expect, it } from "vitest";
import { detectDisclosure, explainDisclosure } from "./detect-disclosure";

const notFlagged = (text: string) => expect(detectDisclosure(text).flag, text).toBe(false);
const flagged = (text: string) => expect(detectDisclosure(text).flag, text).toBe(true);

describe("detectDisclosure: negation", () => {
  it("does not flag a denial that anyone has hurt the writer", () => {
    notFlagged("nobody has hurt me");
  });
  it("does not flag being told off for nothing", () => {
    notFlagged("I'm not being bullied");
  });
  it.each([
    "no one has ever touched me",
    "I have never been made to carry drugs",
    "I don't want to die, I just want help with exams",
    "my boyfriend doesn't hit me, he's lovely",
    "I've never been groomed or anything like that",
    "nobody makes me sell anything",
    "I am not suicidal",
    "I wasn't stabbed, it was just a rumour",
  ])("does not flag the denial %j", notFlagged);

  it("lets a negation reach through anyone into the clause it opens", () => {
    notFlagged("I don't know anyone who has been groomed");
  });
  it.each([
    "I think teenagers carry knives because they're scared",
    "older boys smoking outside the shop make me nervous",
    "people get mugged when the street lights are off",
    "I feel unsafe walking home through the park at night",
    "I'm scared going home from school in the dark",
    "my mum checks on me when I'm out which makes me feel safe",
    "my mum won't let me go out with my friends after dark",
    "boys at my school make sexual comments about girls",
    "there needs to be more mental health support for teenagers who self harm",
    "drugs are sold near my school which worries me",
  ])("does not flag the general safety worry %j", notFlagged);

  it.each([
    "nobody knows he hits me",
    "I don't know why he hits me",
    "I'm not ok he hits me",
    "I didn't want to but they made me sell",
    "no one believes me that my stepdad touches me",
    "I don't feel safe because someone is following me",
  ])("still flags %j, where the negation is about something else", flagged);

  it("keeps the negated hit for officers, marked as negated", () => {
    expect(explainDisclosure("nobody has hurt me")).toMatchObject([
      { category: "physical-abuse", phrase: "hurt me", status: "negated", start: 11, end: 18 },
    ]);
  });
});

describe("detectDisclosure: educational and hypothetical mentions", () => {
  it("does not flag a lesson about county lines", () => {
    notFlagged("the county lines lesson was good");
  });
  it.each([
    "we learned about grooming at school",
    "I know what to do if someone asks me to carry drugs",
    "police talk about knife crime was interesting",
    "in PSHE we talked about what to do if someone asks you to hold something",
    "we had an assembly about people who get stabbed",
    "if someone ever tried to groom me I would tell my mum",
    "in a film I watched a girl got raped and it was upsetting",
    "the workshop was about how to spot sextortion and blackmail",
  ])("does not flag the educational %j", notFlagged);

  it.each([
    "we learned about grooming and I realised it's happening to me",
    "we had a lesson on county lines but my brother is being made to sell",
    "the assembly was about knives. I carry a knife",
  ])("still flags %j, where the writer turns to their own experience", flagged);

  it("marks the discarded hit as educational", () => {
    expect(explainDisclosure("I know what to do if someone asks me to carry drugs")[0]).toMatchObject({
      category: "criminal-exploitation",
      status: "educational",
    });
  });
});

describe("detectDisclosure: cues that disclose together, in any wording", () => {
  it.each([
    "my dad drinks and then he gets angry and throws me against the wall",
    "there's a man at the shop who gives me free sweets and asks me to come in the back",
    "I'm 13 and I've been talking to a 19 year old on insta who wants to meet",
    "I have to go to different cities with my uncle and work on building sites, I don't get any money",
  ])("flags %j", flagged);
});

describe("detectDisclosure: how children write", () => {
  it.each([
    "HE HITS ME",
    "he hiiiits me",
    "plz help me",
    "sumone touchd me",
    "i wana die",
    "im gonna kill myslef",
    "scared to go home cos of my dad",
    "my bf hurtin me",
    "they sed i owe them",
    "im bein made to sell",
    "self-harm",
    "i got jumpd",
  ])("flags the text-speak or misspelling %j", flagged);

  it("matches text-speak through curly quotes and stray symbols", () => {
    flagged("he\u2019s got pics of me \u{1F62D}\u{1F62D}");
    flagged("they're gonna k*ll me... please help");
  });

  it("flags a mixed English and Polish answer", () => {
    expect(detectDisclosure("mój ojczym mnie bije and I'm scared to go home", "pl").categories).toEqual([
      "immediate-danger",
      "physical-abuse",
    ]);
  });
});
