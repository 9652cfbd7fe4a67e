import { describe, expect, it } from "vitest";
import type { DisclosureCategory } from "../analysis-types";
import { detectDisclosure } from "./detect-disclosure";

const flagsAs = (text: string, category: DisclosureCategory) => {
  const result = detectDisclosure(text, "en");
  expect(result.flag, text).toBe(true);
  expect(result.categories, text).toContain(category);
};

describe("detectDisclosure (English)", () => {
  it("flags county-lines language about owing and holding", () => {
    flagsAs("they said I owe them so now I have to hold this for them", "criminal-exploitation");
  });

  it("flags a friend being made to sell, reported in the first person", () => {
    flagsAs("my friend is being made to sell", "criminal-exploitation");
  });

  it("flags a hit after a negated clause", () => {
    expect(detectDisclosure("I'm not ok, he hits me")).toEqual({
      flag: true,
      categories: ["physical-abuse"],
    });
  });

  it("returns categories in the canonical order without duplicates", () => {
    expect(detectDisclosure("he hits me and he hits me again and I want to die").categories).toEqual([
      "self-harm",
      "physical-abuse",
    ]);
  });

  it("does not flag an ordinary answer about feeling safe", () => {
    expect(detectDisclosure("I feel safe in the park when my friends are there")).toEqual({
      flag: false,
      categories: [],
    });
  });

  const byCategory: [DisclosureCategory, string][] = [
    ["immediate-danger", "please help me he is outside my house right now"],
    ["immediate-danger", "scared 2 go home"],
    ["immediate-danger", "I don't feel safe at home"],
    ["immediate-danger", "they know where I live and said they're going to kill me"],
    ["self-harm", "I want to kill myself"],
    ["self-harm", "kill myslef"],
    ["self-harm", "i just wanna die"],
    ["self-harm", "kms"],
    ["self-harm", "I've been cutting again"],
    ["self-harm", "everyone would be better off without me"],
    ["self-harm", "I don't want to be alive anymore"],
    ["physical-abuse", "sum1 is hurtin me"],
    ["physical-abuse", "my step dad hits me when he's drunk"],
    ["physical-abuse", "I have bruises from where she grabbed me"],
    ["sexual-abuse", "he touchd me"],
    ["sexual-abuse", "my uncle touched my private parts"],
    ["sexual-abuse", "he made me take my clothes off"],
    ["sexual-abuse", "I was raped last year"],
    ["sexual-exploitation", "I think I'm being groomed"],
    ["sexual-exploitation", "an older man keeps buying me vodka and giving me lifts"],
    ["sexual-exploitation", "he told me to keep it our secret"],
    ["sexual-exploitation", "I'm 14 and my boyfriend is 22"],
    ["criminal-exploitation", "the olders make me carry packages"],
    ["criminal-exploitation", "I'm in debt to some guys and they say I have to pay it off"],
    ["criminal-exploitation", "they send me country for days"],
    ["criminal-exploitation", "my brother keeps going OT"],
    ["criminal-exploitation", "they cuckooed my nan's flat"],
    ["criminal-exploitation", "they made me plug it"],
    ["criminal-exploitation", "there's a trap house on our road where I have to go"],
    ["criminal-exploitation", "we had to run from the feds with the stuff"],
    ["criminal-exploitation", "a gang wants me to join them"],
    ["violence-weapons", "I got stabbed last summer"],
    ["violence-weapons", "my mate got jumped outside the chippy"],
    ["violence-weapons", "they beat me up after school"],
    ["violence-weapons", "I carry a knife for protection"],
    ["violence-weapons", "someone pulled a shank on me"],
    ["violence-weapons", "he's got a gun in his bag"],
    ["sextortion-image-abuse", "he's got pics of me"],
    ["sextortion-image-abuse", "pay or they'll post them everywhere"],
    ["sextortion-image-abuse", "my ex shared my nudes with the whole year"],
    ["sextortion-image-abuse", "someone is blackmailing me"],
    ["sextortion-image-abuse", "he keeps asking me for nudes"],
    ["relationship-abuse", "my boyfriend checks my phone every night"],
    ["relationship-abuse", "he won't let me see my friends"],
    ["relationship-abuse", "my girlfriend makes me send my location all the time"],
    ["relationship-abuse", "my bf hits me when he's angry"],
    ["radicalisation", "they want me to join their group"],
    ["radicalisation", "a man online told me to hate muslims"],
    ["radicalisation", "my cousin keeps sending me far right videos"],
    ["modern-slavery-trafficking", "I work in a car wash for no pay"],
    ["modern-slavery-trafficking", "they took my passport"],
    ["modern-slavery-trafficking", "they keep my documents and move us between houses"],
    ["missing", "I ran away from home last week"],
    ["missing", "my friend went missing for three days"],
    ["missing", "I didn't go home for days"],
    ["missing", "I've been sleeping at a stranger's house"],
    ["missing", "i havent been home since friday"],
    ["sexual-abuse", "i cant tell anyone but my uncle does things to me"],
    ["sexual-abuse", "my mum's partner comes into the bathroom when i'm in there"],
    ["sexual-exploitation", "he said he loves me and we should keep it between us"],
    ["sexual-exploitation", "i keep getting messages from someone i dont know asking where i live"],
    ["sexual-exploitation", "my coach makes me uncomfortable and tries to get me alone"],
    ["self-harm", "im so done with everything i just want it all to stop"],
    ["criminal-exploitation", "my son has a new phone and money and won't say where from"],
    ["criminal-exploitation", "i was told i have to carry a phone for them and answer it"],
    ["criminal-exploitation", "my brother is getting used by a gang to move drugs"],
    ["violence-weapons", "My son was threatened by a group of teenagers with a knife"],
    ["violence-weapons", "lads keep saying they'll jump me after school"],
    ["sextortion-image-abuse", "people in my class took a photo of me getting changed and sent it round"],
    ["sextortion-image-abuse", "he keeps sending me stuff i dont want to see"],
    [
      "modern-slavery-trafficking",
      "a lady from another country lives with us and cleans all day and never goes out",
    ],
    ["modern-slavery-trafficking", "i have to give my wages to my uncle"],
    [
      "radicalisation",
      "some guys online keep telling me immigrants are ruining the country and i should join them",
    ],
    ["sexual-abuse", "someone at college keeps putting their hand up my skirt"],
    ["sexual-exploitation", "my teacher messages me on instagram and tells me I'm mature for my age"],
    ["self-harm", "sometimes i wish i could go to sleep and not wake up"],
    ["immediate-danger", "my mum doesn't feed us and we are often left alone for days"],
    ["criminal-exploitation", "i was offered £200 to take a parcel to Leeds"],
    ["violence-weapons", "i get forced to fight other kids while people film it"],
  ];
  it.each(byCategory)("flags %s: %s", (category, text) => flagsAs(text, category));
});
