import { describe, expect, it } from "vitest";
import { detectPostcodes } from "./detect-postcodes";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectPostcodes(text)).map((s) => text.slice(s.start, s.end));

describe("detectPostcodes", () => {
  it.each([
    ["I live in DN15 6XX", "DN15 6XX"],
    ["my postcode is dn156xx", "dn156xx"],
    ["M1 1AA", "M1 1AA"],
    ["SW1A 1AA", "SW1A 1AA"],
    ["W1A 0AX.", "W1A 0AX"],
    ["its dn16 2ab", "dn16 2ab"],
    ["my dad lives in HU1 3AA", "HU1 3AA"],
    ["DN20 8AB is brigg", "DN20 8AB"],
    ["kod pocztowy DN15 7QT", "DN15 7QT"],
    ["it happens a lot in DN16", "DN16"],
    ["DN15", "DN15"],
    ["im from dn15 and its rough", "dn15"],
    ["postcode is dn15", "dn15"],
    ["postcode: m1", "m1"],
    ["mieszkam w dn16", "dn16"],
  ])("finds the postcode in %j", (text, postcode) => {
    expect(found(text)).toEqual([postcode]);
  });

  it.each([
    "b4 5pm its ok",
    "CR7 is the best",
    "HS2 is late",
    "CO2 is bad for the planet",
    "we had PE in Y7 and KS3",
    "the M180 is loud",
    "stuck on the M1 in traffic",
    "in m1",
    "A1 road",
    "me2",
    "PS5 and GTA5",
    "gr8 m8 c u l8r",
    "at 3am",
    "SK8 park",
  ])("finds no postcode in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
