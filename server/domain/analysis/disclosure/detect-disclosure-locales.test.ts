import { describe, expect, it } from "vitest";
import type { AnalysisLocale, DisclosureCategory } from "../analysis-types";
import { detectDisclosure } from "./detect-disclosure";

type Case = [DisclosureCategory, string];

const flagsAs = (locale: AnalysisLocale) => (category: DisclosureCategory, text: string) => {
  const result = detectDisclosure(text, locale);
  expect(result.flag, text).toBe(true);
  expect(result.categories, text).toContain(category);
};
const doesNotFlag = (locale: AnalysisLocale) => (text: string) =>
  expect(detectDisclosure(text, locale).flag, text).toBe(false);

describe("detectDisclosure (Polish)", () => {
  const cases: Case[] = [
    ["physical-abuse", "Ojczym mnie bije"],
    ["physical-abuse", "tata bił mnie pasem"],
    ["immediate-danger", "Boję się wracać do domu"],
    ["self-harm", "chcę umrzeć"],
    ["self-harm", "tnę się od miesiąca"],
    ["sexual-abuse", "wujek mnie dotykał"],
    ["criminal-exploitation", "Mówią, że jestem im winien pieniądze i każą mi sprzedawać narkotyki"],
    ["violence-weapons", "kolega nosi nóż do szkoły"],
    ["sextortion-image-abuse", "ma moje nagie zdjęcia i mnie szantażuje"],
    ["relationship-abuse", "mój chłopak sprawdza mój telefon"],
    ["modern-slavery-trafficking", "zabrali mi paszport i pracuję za darmo"],
    ["missing", "uciekłam z domu"],
    ["sexual-exploitation", "powiedział, że to nasza tajemnica"],
  ];
  it.each(cases)("flags %s: %s", flagsAs("pl"));
  it.each([
    "nikt mnie nie bije",
    "Mama mnie nie bije",
    "Na lekcji rozmawialiśmy o handlu ludźmi",
    "Czuję się bezpiecznie w parku",
  ])("does not flag %j", doesNotFlag("pl"));
  it("matches Polish written without diacritics", () =>
    flagsAs("pl")("immediate-danger", "boje sie wracac do domu"));
});

describe("detectDisclosure (Lithuanian)", () => {
  const cases: Case[] = [
    ["physical-abuse", "Tėtis mane muša"],
    ["immediate-danger", "bijau grįžti namo"],
    ["self-harm", "noriu mirti"],
    ["sexual-abuse", "jis mane lietė"],
    ["criminal-exploitation", "sako, kad esu skolingas, ir verčia mane pardavinėti"],
    ["violence-weapons", "jis nešioja peilį"],
    ["sextortion-image-abuse", "grasina paskelbti mano nuotraukas"],
    ["modern-slavery-trafficking", "paėmė mano pasą"],
    ["missing", "pabėgau iš namų"],
  ];
  it.each(cases)("flags %s: %s", flagsAs("lt"));
  it.each(["Niekas manęs nemuša", "Pamokoje kalbėjome apie prekybą žmonėmis"])(
    "does not flag %j",
    doesNotFlag("lt"),
  );
});

describe("detectDisclosure (Latvian)", () => {
  const cases: Case[] = [
    ["physical-abuse", "Patēvs mani sit"],
    ["immediate-danger", "baidos iet mājās"],
    ["self-harm", "gribu nomirt"],
    ["sexual-abuse", "viņš aizskāra mani"],
    ["criminal-exploitation", "esmu viņiem parādā un viņi liek man pārdot"],
    ["violence-weapons", "viņam ir nazis, viņš draudēja ar nazi"],
    ["sextortion-image-abuse", "viņš draud publicēt manas bildes"],
    ["modern-slavery-trafficking", "viņi paņēma manu pasi"],
    ["missing", "aizbēgu no mājām"],
  ];
  it.each(cases)("flags %s: %s", flagsAs("lv"));
  it.each(["Neviens mani nesit", "Stundā par cilvēku tirdzniecību bija interesanti"])(
    "does not flag %j",
    doesNotFlag("lv"),
  );
});

describe("detectDisclosure (Romanian)", () => {
  const cases: Case[] = [
    ["physical-abuse", "Tata mă bate"],
    ["physical-abuse", "m-a bătut ieri"],
    ["immediate-danger", "Mi-e frică să mă duc acasă"],
    ["self-harm", "vreau să mor"],
    ["sexual-abuse", "m-a atins unchiul meu"],
    ["criminal-exploitation", "le datorez bani și mă obligă să vând"],
    ["violence-weapons", "un băiat poartă un cuțit la școală"],
    ["sextortion-image-abuse", "mă amenință că va posta pozele"],
    ["relationship-abuse", "iubitul meu îmi verifică telefonul"],
    ["modern-slavery-trafficking", "mi-au luat pașaportul"],
    ["missing", "am fugit de acasă"],
  ];
  it.each(cases)("flags %s: %s", flagsAs("ro"));
  it.each([
    "Nimeni nu mă bate",
    "Am avut o lecție despre trafic de persoane",
    "am primit ajutor de la profesori",
  ])("does not flag %j", doesNotFlag("ro"));
  it("matches Romanian written without diacritics", () => flagsAs("ro")("physical-abuse", "tata ma bate"));
});

describe("detectDisclosure (Bangla)", () => {
  const cases: Case[] = [
    ["physical-abuse", "আমার বাবা আমাকে মারে"],
    ["immediate-danger", "বাড়ি যেতে ভয় লাগে"],
    ["self-harm", "আমি মরে যেতে চাই"],
    ["sexual-abuse", "লোকটা আমাকে খারাপভাবে ছুঁয়েছে"],
    ["criminal-exploitation", "ওরা আমাকে জোর করে মাদক বিক্রি করায়"],
    ["violence-weapons", "ছেলেটার কাছে ছুরি আছে"],
    ["sextortion-image-abuse", "আমার ছবি ছড়িয়ে দেবে বলে ব্ল্যাকমেইল করছে"],
    ["modern-slavery-trafficking", "ওরা আমার পাসপোর্ট কেড়ে নিয়েছে"],
    ["missing", "আমি বাড়ি থেকে পালিয়ে গেছি"],
    ["physical-abuse", "amake mare"],
  ];
  it.each(cases)("flags %s: %s", flagsAs("bn"));
  it.each(["আমাকে কেউ মারে না", "বাবা আমাকে মারেনি", "আমি পার্কে নিরাপদ বোধ করি"])(
    "does not flag %j",
    doesNotFlag("bn"),
  );
  it("keeps Bangla working when a sentence ends with a danda", () =>
    flagsAs("bn")("self-harm", "আমি মরতে চাই। সাহায্য দরকার"));
});
