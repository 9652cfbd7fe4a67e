import { describe, expect, it } from "vitest";
import { detectPhones } from "./detect-phones";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectPhones(text)).map((s) => text.slice(s.start, s.end));

describe("detectPhones", () => {
  it.each([
    ["my number is 07123 456789", "07123 456789"],
    ["07123456789", "07123456789"],
    ["text 07123-456-789 later", "07123-456-789"],
    ["+44 7123 456789", "+44 7123 456789"],
    ["ring +447123456789!", "+447123456789"],
    ["0044 7123 456 789", "0044 7123 456 789"],
    ["home (01724) 123456", "(01724) 123456"],
    ["01724 123 456", "01724 123 456"],
    ["0114 123 4567", "0114 123 4567"],
    ["020 7946 0018", "020 7946 0018"],
    ["+44 (0)7700 900123", "+44 (0)7700 900123"],
    ["ma numbr is 07700900123", "07700900123"],
    ["07 700 900 123", "07 700 900 123"],
    ["0 7 7 0 0 9 0 0 1 2 3", "0 7 7 0 0 9 0 0 1 2 3"],
    ["07700.900.123", "07700.900.123"],
    ["call 07700900123.", "07700900123"],
    ["my old number was 07700 900 12", "07700 900 12"],
    ["mój numer to +48 512 345 678", "+48 512 345 678"],
    ["512 345 678", "512 345 678"],
    ["+370 612 34567", "+370 612 34567"],
    ["+880 1712-345678", "+880 1712-345678"],
    ["numărul meu este 0722 123 456", "0722 123 456"],
    ["আমার নম্বর 07700 900123", "07700 900123"],
    ["id 123456789012", "123456789012"],
    ["my num 7700 900123", "7700 900123"],
  ])("finds the number in %j", (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it("keeps a year that runs into a number out of the number", () => {
    expect(found("in 2024 07123456789")).toEqual(["07123456789"]);
  });

  it("separates two numbers written one after the other", () => {
    expect(found("07123 456789 07987 654321")).toEqual(["07123 456789", "07987 654321"]);
  });

  it.each([
    "in 2024 at 12:30",
    "we won 3-1",
    "ring 999 or 101 or 111",
    "Childline is 0800 1111",
    "on 01.05.2024 10.30",
    "12/05/2024",
    "it costs £1,500,000",
    "1 000 000 people",
    "room 101, year 7, 3 2 1 go",
    "score 2-2 in the 90th minute",
    "between 2019 and 2024",
  ])("finds no number in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
