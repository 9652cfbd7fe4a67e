import { describe, expect, it } from "vitest";
import { detectAddresses } from "./detect-addresses";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectAddresses(text)).map((s) => text.slice(s.start, s.end));

describe("detectAddresses", () => {
  it.each([
    ["I live at 12 Ashby Road", "12 Ashby Road"],
    ["flat 3, 45 Oswald rd", "flat 3, 45 Oswald rd"],
    ["my addy is 14 ashby rd", "14 ashby rd"],
    ["i live at 5 brigg rd.", "5 brigg rd"],
    ["22b High Street", "22b High Street"],
    ["number 5 Oak Close", "number 5 Oak Close"],
    ["45 St John's Avenue is where it happened", "45 St John's Avenue"],
    ["102 Old Brumby Street thats my house", "102 Old Brumby Street"],
    ["my nan lives at 27 Mary Street", "27 Mary Street"],
    ["16 Kingsway Crescent", "16 Kingsway Crescent"],
    ["12 The Grove", "12 The Grove"],
    ["i live at 4 the avenue", "4 the avenue"],
    ["7 Sunningdale Park", "7 Sunningdale Park"],
    ["I live on Frodingham Road", "Frodingham Road"],
    ["i live on frodingham road by the shop", "frodingham road"],
    ["she lives on Cottage Beck Road", "Cottage Beck Road"],
    ["i liv on Cambridge Avenue", "Cambridge Avenue"],
    ["mieszkam na Ashby Road", "Ashby Road"],
    ["locuiesc pe Oswald Road", "Oswald Road"],
    ["mano adresas: 14 Ashby Road", "14 Ashby Road"],
    ["my address is flat 2 Oak House, Brigg", "flat 2 Oak House, Brigg"],
  ])("finds the address in %j", (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it.each([
    "3 people on the road shouted at me",
    "it's a 10 minute walk",
    "a 1 way street",
    "2 lane road",
    "There are 2 parks near my house",
    "the number 5 bus",
    "Meet me at 4 at the Park",
    "There were 20 of them on Ashby Road",
    "in 2019 Ashby Road flooded",
    "I was walking down Ashby High Street",
    "the road is dark and the lane has no lights",
    "my address is private",
    "i'm on my way",
    "I live in Scunthorpe",
    "at 12:30 Ashby Road was busy",
    "I live on the Westcliff estate",
  ])("finds no address in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
