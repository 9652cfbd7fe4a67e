import { describe, expect, it } from "vitest";
import type { AnalysisLocale, HarmId } from "../analysis-types";
import { suggestHarms } from "./suggest-harms";

// Labelling conventions: who did it decides the harm; an app that merely carries relationship abuse,
// county lines or radicalisation does not make them online abuse; a denied topic is still the topic.
describe("suggestHarms: conventions", () => {
  const cases: [string, HarmId[]][] = [
    [
      "a guy i met on snap says he'll share my nudes with my school unless i send more",
      ["cse", "online-abuse"],
    ],
    [
      "a boy in my year threatened to post my nudes unless i sent more",
      ["online-abuse", "child-on-child-sexual-harm"],
    ],
    [
      "my ex is threatening to send my pics to my mum unless i get back with him",
      ["online-abuse", "relationship-abuse"],
    ],
    ["my boyfriend reads all my messages on snap and gets angry", ["relationship-abuse"]],
    ["the olders added me on snap and say i owe them for the phone", ["cce"]],
    ["a telegram group keeps sending me videos saying we must fight immigrants", ["radicalisation"]],
    [
      "my 25 year old boyfriend buys me things then says i owe him and makes me sleep with his mates",
      ["cse"],
    ],
    ["I came here to work in a factory and the agency took my passport", ["trafficking", "modern-slavery"]],
    [
      "a man picks the workers up in a van every morning and they never go out alone, they work at the nail bar",
      ["modern-slavery"],
    ],
    ["my girlfriend hit me at a party with people from school", ["relationship-abuse"]],
    ["some boys by the station beat me up and one had a knife", ["serious-youth-violence"]],
    ["an older boy from my school touched me at a party", ["child-on-child-sexual-harm"]],
    ["I don't carry a knife and nobody I know does", ["serious-youth-violence"]],
    ["nobody has ever asked me for pics online", ["cse", "online-abuse"]],
    ["i would never send nudes, they always get passed round", ["child-on-child-sexual-harm"]],
    ["If someone asked me to carry something for them I'd tell my mum", ["cce"]],
    ["people message me from fake accounts telling me to go kill myself", ["online-abuse", "bullying"]],
  ];
  it.each(cases)("maps %j to %j", (text, harms) => {
    expect(suggestHarms(text)).toEqual(harms);
  });

  const locales: [AnalysisLocale, string, HarmId[]][] = [
    ["pl", "w mieście jest dużo przestępstw z użyciem noża", ["serious-youth-violence"]],
    ["pl", "moja siostra nigdy nie była dręczona", ["bullying"]],
    ["pl", "w internecie piszą do mnie obcy", ["online-abuse"]],
    ["lv", "mani piekāva puiši un viens draudēja ar nazi", ["serious-youth-violence"]],
    ["bn", "ওরা বলছে আমাকে মেরে ফেলবে", ["serious-youth-violence"]],
    ["ro", "am venit să lucrez la o fermă și șeful mi-a luat pașaportul", ["trafficking", "modern-slavery"]],
  ];
  it.each(locales)("maps the %s answer %j to %j", (locale, text, harms) => {
    expect(suggestHarms(text, locale)).toEqual(harms);
  });
});
