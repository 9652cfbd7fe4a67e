import { describe, expect, it } from "vitest";
import type { AnalysisLocale, HarmId } from "../analysis-types";
import { suggestHarms } from "./suggest-harms";

describe("suggestHarms", () => {
  it("suggests serious youth violence for talk of knife crime that discloses nothing", () => {
    expect(suggestHarms("there's loads of knife crime in town")).toEqual(["serious-youth-violence"]);
  });
  it("suggests bullying for people being bullied on the bus", () => {
    expect(suggestHarms("people get bullied on the bus")).toEqual(["bullying"]);
  });
  it("suggests online abuse for strangers messaging children in a game", () => {
    expect(suggestHarms("strangers message you on Roblox")).toEqual(["online-abuse"]);
  });
  it("keeps the topic of an educational mention: a county lines lesson is about cce", () => {
    expect(suggestHarms("the county lines lesson was good")).toEqual(["cce"]);
  });
  it("keeps the topic of a negated mention: never being bullied is still about bullying", () => {
    expect(suggestHarms("I'm not being bullied")).toEqual(["bullying"]);
  });
  it("suggests nothing for a denial that anyone has hurt the writer", () => {
    expect(suggestHarms("nobody has ever hurt me at school")).toEqual([]);
  });
  it("suggests nothing for an answer with no harm in it", () => {
    expect(suggestHarms("I like the youth club because the staff are kind")).toEqual([]);
  });
  it("returns ids in framework order without duplicates", () => {
    expect(suggestHarms("my bf controls me, people get bullied, and the olders make me sell drugs")).toEqual([
      "cce",
      "relationship-abuse",
      "bullying",
    ]);
  });

  const fromDisclosures: [string, HarmId[]][] = [
    ["they said I owe them and I have to hold this for them", ["cce"]],
    ["an older man keeps buying me vodka", ["cse"]],
    ["he's got pics of me and says pay or he'll post them", ["cse", "online-abuse"]],
    ["boys at school share nudes in the group chat", ["online-abuse", "child-on-child-sexual-harm"]],
    ["a boy in my class touched my bum", ["child-on-child-sexual-harm"]],
    ["a man touched me at the bus stop", ["cse"]],
    ["they took my passport and moved us from place to place", ["trafficking", "modern-slavery"]],
    ["I work in a car wash for no pay", ["modern-slavery"]],
    ["kids at school hit me every day", ["bullying"]],
    ["my boyfriend checks my phone and won't let me see my friends", ["relationship-abuse"]],
    ["a man online told me to hate muslims", ["online-abuse", "radicalisation"]],
    ["I carry a knife because of the gangs", ["serious-youth-violence"]],
    ["there's a boy who sends me messages saying he'll kill me", ["serious-youth-violence", "online-abuse"]],
    ["my mum's boyfriend makes me sit on his knee and it feels wrong", ["cse"]],
    ["he slaps me if I talk to other boys", ["relationship-abuse"]],
    ["I want to kill myself", []],
    ["I ran away from home", []],
  ];
  it.each(fromDisclosures)("maps the disclosure %j to %j", (text, harms) => {
    expect(suggestHarms(text)).toEqual(harms);
  });

  const topics: [string, HarmId[]][] = [
    ["gangs groom kids to sell drugs round here", ["cce", "serious-youth-violence"]],
    ["there are older men who pick girls up in cars outside school", ["cse"]],
    ["upskirting happens in the corridors", ["child-on-child-sexual-harm"]],
    ["boys make sexual comments about girls' bodies", ["child-on-child-sexual-harm"]],
    ["my cousin got radicalised online by extremists", ["radicalisation"]],
    ["human trafficking should be taught more", ["trafficking"]],
    ["modern slavery happens in nail bars", ["modern-slavery"]],
    ["cyberbullying on snapchat is the worst", ["online-abuse", "bullying"]],
    ["controlling relationships are normal at my school", ["relationship-abuse"]],
    ["we learned about child sexual exploitation in PSHE", ["cse"]],
  ];
  it.each(topics)("suggests harms for the topic %j", (text, harms) => {
    expect(suggestHarms(text)).toEqual(harms);
  });

  const locales: [AnalysisLocale, string, HarmId[]][] = [
    ["pl", "W parku jest dużo dilerów i bójek", ["cce", "serious-youth-violence"]],
    ["pl", "koledzy z klasy mnie biją", ["bullying"]],
    ["pl", "na lekcji rozmawialiśmy o handlu ludźmi", ["trafficking"]],
    ["lt", "mokykloje daug patyčių", ["bullying"]],
    ["lt", "jis nešioja peilį", ["serious-youth-violence"]],
    ["lv", "skolā ir daudz apcelšanas", ["bullying"]],
    ["lv", "esmu viņiem parādā un viņi liek man pārdot", ["cce"]],
    ["ro", "sunt multe bande și cuțite în oraș", ["serious-youth-violence"]],
    ["ro", "iubitul meu îmi verifică telefonul", ["relationship-abuse"]],
    ["bn", "স্কুলে অনেক বুলিং হয়", ["bullying"]],
    ["bn", "অনলাইনে অচেনা লোক মেসেজ করে", ["online-abuse"]],
    ["bn", "ওরা আমাকে জোর করে মাদক বিক্রি করায়", ["cce"]],
  ];
  it.each(locales)("suggests harms in %s for %j", (locale, text, harms) => {
    expect(suggestHarms(text, locale)).toEqual(harms);
  });
});
