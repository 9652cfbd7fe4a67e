import { describe, expect, it } from "vitest";
import { inflectedName, nameKind } from "./name-lexicon";

describe("nameKind", () => {
  it.each([
    ["Tyler", "clear"],
    ["tyler", "clear"],
    ["KACPER", "clear"],
    ["Ugnė", "clear"],
    ["ugne", "clear"],
    ["Ștefan", "clear"],
    ["Zoë", "clear"],
    ["Muhammad", "clear"],
    ["Tahmina", "clear"],
    ["Arlo", "clear"],
    ["Will", "word"],
    ["Grace", "word"],
    ["Jack", "word"],
    ["Teddy", "word"],
    ["May", "common"],
    ["Sky", "common"],
    ["Hope", "common"],
    ["Brigg", "common"],
    ["Dom", "common"],
    ["Kai", "word"],
  ] as const)("classes %s as %s", (word, kind) => {
    expect(nameKind(word)).toBe(kind);
  });

  it("lets accents be left off but not added", () => {
    expect(nameKind("stefan")).toBe("clear");
    expect(nameKind("muša")).toBeUndefined();
  });

  it.each(["Scunthorpe", "the", "Greggs", "Road"])("knows %s is not a first name", (word) => {
    expect(nameKind(word) === "clear").toBe(false);
  });
});

describe("inflectedName", () => {
  it.each([
    ["Kacprem", "Kacper"],
    ["Kacpra", "Kacper"],
    ["Zuzanną", "Zuzanna"],
    ["Gabijos", "Gabija"],
    ["Ugnės", "Ugnė"],
    ["Robertam", "Roberts"],
    ["Ioanei", "Ioana"],
    ["Tylers", "Tyler"],
    ["Wiktorii", "Wiktoria"],
    ["Luku", "Lukas"],
  ])("reads %s as %s", (word, name) => {
    expect(inflectedName(word)).toBe(name);
  });

  it.each([
    "Marks",
    "Jacks",
    "Roses",
    "Scunthorpe",
    "Anglii",
    "Polsce",
    "Islam",
    "Nazis",
    "Germany",
    "Hindu",
    "Tories",
  ])("finds no name under %s", (word) => {
    expect(inflectedName(word)).toBeUndefined();
  });
});
