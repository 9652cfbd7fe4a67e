import { describe, expect, it } from "vitest";
import { detectAddresses } from "./detect-addresses";
import { mergeSpans } from "./merge-spans";
import { redact } from "./redact";

const found = (text: string) => mergeSpans(detectAddresses(text)).map((s) => text.slice(s.start, s.end));

describe("named streets without a house number", () => {
  it.each([
    // English, after any preposition or none
    ["the chippy on Gorse Street is where they meet", "Gorse Street"],
    ["I met him at the skatepark on Heron Way.", "Heron Way"],
    ["the dark alley by Kestrel Lane", "Kestrel Lane"],
    ["The shortcut from Pipit Avenue to the shops", "Pipit Avenue"],
    ["Our street (Wexmoor Drive, DN17 2PW) has no lights", "Wexmoor Drive"],
    ["Corran Avenue is dark at night", "Corran Avenue"],
    // number after the street (continental order)
    ["mieszkam przy Wrenfield Crescent 5, DN16 4XR", "Wrenfield Crescent 5"],
    ["Mieszkam przy ul. Sandringham Walk 17. Na rogu", "ul. Sandringham Walk 17"],
    ["dzīvojam Kestrel Avenue 3", "Kestrel Avenue 3"],
    // native street words
    ["Mieszkam przy ul. Kwiatowej 5 w Scunthorpe", "ul. Kwiatowej 5"],
    ["mieszkam na ulicy Długiej 12", "ulicy Długiej 12"],
    ["Gyvenu Gedimino gatvėje 5", "Gedimino gatvėje 5"],
    ["gyvename Kestrel g. 12", "Kestrel g. 12"],
    ["Dzīvoju Brīvības ielā 14", "Brīvības ielā 14"],
    ["locuiesc pe strada Florilor nr. 5", "strada Florilor nr. 5"],
    ["stau pe str. Mihai Eminescu 12", "str. Mihai Eminescu 12"],
    ["Gyvename Wrenfield Crescent gatvėje", "Wrenfield Crescent gatvėje"],
    ["আমরা ১২ কেস্ট্রেল রোডে থাকি", "১২ কেস্ট্রেল রোডে"],
    ["আমরা Foxglove Lane এ থাকি", "Foxglove Lane"],
    ["Kestrel Avenue এর ইয়ুথ ক্লাবটা ভালো", "Kestrel Avenue"],
  ])("finds the street in %j", (text, street) => {
    expect(found(text)).toEqual([street]);
  });

  it.each([
    "No Way is he doing that",
    "Stay Close to your mates",
    "Test Drive was fun",
    "My Way home is dark",
    "I was on Ashby Road 3 times this week",
    "Central Park in Scunthorpe has fights",
    "the youth club on Frodingham Road is good",
    "I was walking down Ashby High Street",
    "the road is dark and the lane has no lights",
    "the Brigg road is busy",
    "আমার বাড়ির রাস্তা অন্ধকার",
  ])("finds no street in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a postcode after the street as its own type", () => {
    const text = "Our street (Honeysuckle Drive, DN17 2PW) has no pavement lighting";
    expect(redact(text).redacted).toBe("Our street ([address], [postcode]) has no pavement lighting");
  });

  it("does not take a count after the street as a house number", () => {
    expect(found("they chased us down Kestrel Road 3 times")).toEqual(["Kestrel Road"]);
  });
});
