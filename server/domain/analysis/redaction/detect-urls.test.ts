import { describe, expect, it } from "vitest";
import { detectUrls } from "./detect-urls";
import { mergeSpans } from "./merge-spans";
import { redact } from "./redact";

const found = (text: string) => mergeSpans(detectUrls(text)).map((s) => text.slice(s.start, s.end));

describe("detectUrls", () => {
  it.each([
    ["look at https://example.com/page.", "https://example.com/page"],
    ["(http://bit.ly/abc123)", "http://bit.ly/abc123"],
    ["go on www.heardnorthlincs.org.uk", "www.heardnorthlincs.org.uk"],
    ["my site is example.co.uk", "example.co.uk"],
    ["he sent me tiktok.com/@jo_b", "tiktok.com/@jo_b"],
    ["join discord.gg/abcd", "discord.gg/abcd"],
    ["join discord.gg", "discord.gg"],
    ["check youtube.com/watch?v=abc123", "youtube.com/watch?v=abc123"],
    ["linktr.ee/jo", "linktr.ee/jo"],
    ["WWW.FACEBOOK.COM/jo.bloggs.9", "WWW.FACEBOOK.COM/jo.bloggs.9"],
    ["strona.pl", "strona.pl"],
  ])("finds the address in %j", (text, url) => {
    expect(found(text)).toEqual([url]);
  });

  it.each([
    "I was scared.me and my mum ran",
    "it was on tv.it was scary",
    "e.g. the park",
    "at 5.30pm",
    "Mr.Smith said no",
    "jo@gmail.com",
    "version 1.2.3",
  ])("finds no address in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("web addresses after the word at", () => {
  it.each([
    ["They said sign up at example.com/rise", "[url]"],
    ["report extremist stuff at reportit.example.co.uk, it was good", "[url]"],
  ])("redacts %j as a url", (text, placeholder) => {
    expect(redact(text).redacted).toContain(placeholder);
    expect(redact(text).pii.map((s) => s.type)).toEqual(["url"]);
  });
});
