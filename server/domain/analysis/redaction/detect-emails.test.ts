import { describe, expect, it } from "vitest";
import { detectEmails } from "./detect-emails";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectEmails(text)).map((s) => text.slice(s.start, s.end));

describe("detectEmails", () => {
  it.each([
    ["email me jo.bloggs@example.com", "jo.bloggs@example.com"],
    ["coolkid_123@hotmail.co.uk", "coolkid_123@hotmail.co.uk"],
    ["JoBloggs99@Gmail.com.", "JoBloggs99@Gmail.com"],
    ["moj mail kuba99@wp.pl", "kuba99@wp.pl"],
    ["email me on jay-b@outlook.com.", "jay-b@outlook.com"],
    ["sarah.j@school.sch.uk", "sarah.j@school.sch.uk"],
    ["jo at gmail dot com", "jo at gmail dot com"],
    ["its jake(at)yahoo(dot)com", "jake(at)yahoo(dot)com"],
    ["jo(at)hotmail(dot)co(dot)uk", "jo(at)hotmail(dot)co(dot)uk"],
    ["jane_doe at hotmail dot co dot uk", "jane_doe at hotmail dot co dot uk"],
    ["jo [at] gmail [dot] com", "jo [at] gmail [dot] com"],
    ["jan małpa wp kropka pl", "jan małpa wp kropka pl"],
    ["my email jo_b at gmail", "jo_b at gmail"],
    ["my email is jobloggs at gmail", "jobloggs at gmail"],
    ["jo.bloggs @ gmail.com", "jo.bloggs @ gmail.com"],
  ])("finds the address in %j", (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it.each([
    "I was at home all day",
    "meet me at the park dot dot dot",
    "look at gmail",
    "@tyler_99",
    "a@b",
    "email me at gmail",
    "I was @ home",
    // a word, "at" and a real web address: a site, not a spelled-out email
    "They said sign up at example.com/rise",
    "how to report extremist stuff at reportit.example.co.uk, it was good",
  ])("finds no address in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
