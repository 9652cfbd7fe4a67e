import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";
import { mergeSpans } from "./merge-spans";
import { redact } from "./redact";

const found = (text: string) => mergeSpans(detectNames(text)).map((s) => text.slice(s.start, s.end));

describe("names after inflected relatives, ranks, initials and Bangla honorifics", () => {
  it.each([
    // Polish relatives in the dative and instrumental, names inflected or also words ("Mają")
    ["daje mojej koleżance Oli papierosy", ["Oli"]],
    ["czuję się bezpiecznie z moją siostrą Mają i tatą", ["Mają"]],
    ["byłam z moim bratem Kubą w parku", ["Kubą"]],
    ["dałam to mojej przyjaciółce Zuzi", ["Zuzi"]],
    // Lithuanian and Latvian
    ["man patinka žaisti futbolą su broliu Mariumi", ["Mariumi"]],
    ["aš bijau savo pusbrolio Tomo", ["Tomo"]],
    ["es jūtos droši ar savu brāli Kārli", ["Kārli"]],
    ["ar manu draugu Jāni", ["Jāni"]],
    // Bangla relatives, and a name before an honorific
    ["আমার বন্ধু রাহিম কয়েকজন বড় ছেলের জন্য যায়", ["রাহিম"]],
    ["আমার ভাই আয়ানের সাথে আমি নিরাপদ বোধ করি", ["আয়ানের"]],
    ["আমার বোন ফাতিমা খুব ভালো", ["ফাতিমা"]],
    ["ওখানে সাবরিনা আপা খুব ভালো", ["সাবরিনা"]],
    ["রহিম ভাই আমাকে সাহায্য করে", ["রহিম"]],
    // police ranks and initials
    ["it was ok. PC Harwood was funny", ["Harwood"]],
    ["Sgt Jones came round", ["Jones"]],
    ["Please write to me: Mrs R. Okonjo, 44 Sandpiper Road", ["R. Okonjo"]],
    ["Mrs J. Smith is my teacher", ["J. Smith"]],
  ])("finds the name in %j", (text, names) => {
    expect(found(text)).toEqual(names);
  });

  it.each([
    "আমার বয়ফ্রেন্ড প্রতিদিন আমার ফোন চেক করে",
    "আমার বন্ধু বলেছে ওরা খারাপ",
    "আমার বড় ভাই আমাকে মারে",
    "powiedziałabym mamie",
    "coś się stanie mojej mamie",
    "jest im winny kasę",
    "atkal sagriezu rokas",
    "jau trīs dienas nav mājās",
    "niște băieți mai mari la Grimsby",
    "his brother carries a knife",
    "I felt safe with the PC",
  ])("finds no name in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a handle that starts with a name whole", () => {
    expect(redact("snapul meu e vlad.ro04, scrieți-mi").redacted).toBe("snapul meu e [handle], scrieți-mi");
  });
});
