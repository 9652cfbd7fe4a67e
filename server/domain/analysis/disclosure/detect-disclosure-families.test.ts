import { describe, expect, it } from "vitest";
import type { AnalysisLocale, DisclosureCategory } from "../analysis-types";
import { detectDisclosure, explainDisclosure } from "./detect-disclosure";

const named = (text: string, category: DisclosureCategory, locale: AnalysisLocale = "en") =>
  expect(detectDisclosure(text, locale).categories, text).toContain(category);
const notFlagged = (text: string, locale: AnalysisLocale = "en") =>
  expect(detectDisclosure(text, locale).flag, text).toBe(false);

describe("detectDisclosure: warning signs reported by parents, relatives and friends", () => {
  it.each([
    "my nephew keeps disappearing for days at a time",
    "our daughter went missing again and the police picked her up in Leeds",
  ])("names going missing in %j", (text) => named(text, "missing"));
  it.each([
    "my son came home with two phones and 300 in cash and won't say where from",
    "she says she has to go to work at night but won't tell us who for",
  ])("names criminal exploitation in the signs %j", (text) => named(text, "criminal-exploitation"));
  it("names sexual exploitation when older men are said to be involved", () => {
    named("she comes back with new clothes and I think older men are involved", "sexual-exploitation");
  });
  it("names modern slavery for young workers who never go out alone", () => {
    named("the lads who work at the car wash never go out on their own", "modern-slavery-trafficking");
  });
});

describe("detectDisclosure: threats and pressure in everyday wording", () => {
  it.each([
    "people keep commenting go kill urself on my posts",
    "i've been thinking about ending things, everyone would be better off",
  ])("names self-harm in %j", (text) => named(text, "self-harm"));
  it.each([
    "he's sat outside my school waiting for me",
    "they said something bad will happen to my mum if i talk",
  ])("names immediate danger in %j", (text) => named(text, "immediate-danger"));
  it("names image abuse in a conditional threat to send pictures", () => {
    named("if i dont meet him he'll send the photos to my dad", "sextortion-image-abuse");
  });
  it("names sexual abuse when someone is made to take clothes off", () => {
    named("they made me take my shirt off in the changing rooms", "sexual-abuse");
  });
  it("names sexual exploitation for game currency offered to a child", () => {
    named("a guy on fortnite keeps saying he'll give me vbucks", "sexual-exploitation");
  });
  it("names relationship abuse for a partner threatening suicide", () => {
    named("my boyfriend says he'll kill himself if i leave him", "relationship-abuse");
  });
  it.each([
    "an online group says our people must rise up and fight",
    "he keeps showing me how to make a bomb and says i'm one of their soldiers",
  ])("names radicalisation in %j", (text) => named(text, "radicalisation"));
  it.each([
    "the olders said im on their line now",
    "my mate carries parcels to different towns for some older lads and cant get out",
  ])("names criminal exploitation in %j", (text) => named(text, "criminal-exploitation"));
});

describe("detectDisclosure: the same families in other languages", () => {
  it.each<[AnalysisLocale, string, DisclosureCategory]>([
    ["pl", "mój kuzyn jest im winny kasę i musi przewozić paczki", "criminal-exploitation"],
    ["pl", "syn od tygodnia nie wrócił do domu", "missing"],
    ["pl", "jakiś pan daje mojej siostrze alkohol i papierosy", "sexual-exploitation"],
    ["pl", "stoją pod moim domem i walą w drzwi", "immediate-danger"],
    ["lt", "jis jiems skolingas ir negali sustoti", "criminal-exploitation"],
    ["lt", "grupė sako, kad reikia kovoti prieš imigrantus", "radicalisation"],
    ["lv", "viņš viņiem ir parādā un nēsā pakas", "criminal-exploitation"],
    ["lv", "puisis draud publicēt manas kailbildes", "sextortion-image-abuse"],
    ["ro", "fiul meu lipsește de acasă de trei zile", "missing"],
    ["ro", "un grup ne spune că trebuie să luptăm împotriva imigranților", "radicalisation"],
    ["bn", "আমার ছেলে তিন দিন ধরে বাড়ি ফেরেনি", "missing"],
    ["bn", "বাঁচতে ইচ্ছে করে না", "self-harm"],
    ["bn", "ekjon amake marse", "physical-abuse"],
  ])("names the %s disclosure %j", (locale, text, category) => named(text, category, locale));
});

describe("detectDisclosure: reading negation and hypotheticals across languages", () => {
  it("reads text-speak 'n' as 'and', not as Romanian 'n-a'", () => {
    named("they keep messaging me n sending edited pics of me", "sextortion-image-abuse");
  });
  it("does not let a negation inside a condition deny the threat after it", () => {
    named("unless i dont send more he'll post my pics", "sextortion-image-abuse");
    named("আরও ছবি না পাঠালে আমার নগ্ন ছবি ছড়িয়ে দেবে", "sextortion-image-abuse", "bn");
  });
  it("reads Latvian 'no' as 'from', not as an English negation", () => {
    named("puisis no instagram draud publicēt manas bildes", "sextortion-image-abuse", "lv");
  });
  it("does not treat a game as a story: grooming happens in games", () => {
    named("a man in a game asked me for pics in my underwear", "sextortion-image-abuse");
  });
  it.each<[AnalysisLocale, string]>([
    ["en", "if i ever got robbed i'd tell the police"],
    ["en", "if my sister was being groomed I'd tell someone"],
    ["en", "schools should talk more about sexual harassment"],
    ["en", "we had safeguarding training at work about slavery"],
    ["pl", "Gdyby ktoś kazał mi coś przewieźć, powiedziałbym mamie"],
    ["bn", "কেউ যদি আমাকে কিছু বহন করতে বলে, আমি আম্মুকে বলব"],
  ])("does not flag the %s hypothetical or lesson %j", (locale, text) => notFlagged(text, locale));
  it("still flags 'if I ever tell' threats", () => {
    named("if i ever tell anyone he'll kill me", "immediate-danger");
  });
  it("marks a hypothetical request to carry something as educational, for harm suggestion", () => {
    expect(explainDisclosure("If someone asked me to carry something for them I'd say no")).toContainEqual(
      expect.objectContaining({ category: "criminal-exploitation", status: "educational" }),
    );
  });
  it("does not flag an adult's own work phone", () => {
    notFlagged("my work phone number is on the website");
  });
});
