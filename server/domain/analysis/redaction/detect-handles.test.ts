import { describe, expect, it } from "vitest";
import { detectHandles } from "./detect-handles";
import { mergeSpans } from "./merge-spans";

const found = (text: string) => mergeSpans(detectHandles(text)).map((s) => text.slice(s.start, s.end));

describe("detectHandles", () => {
  it.each([
    ["my snap is coolkid123", "coolkid123"],
    ["add me on insta: jo_b", "jo_b"],
    ["tiktok: jojo.x", "jojo.x"],
    ["tiktok: jo", "jo"],
    ["discord: name#1234", "name#1234"],
    ["follow @tyler_99", "@tyler_99"],
    ["her insta is amy.b2010.", "amy.b2010"],
    ["my snapchat is kacper_2011", "kacper_2011"],
    ["add me on snap jj_123", "jj_123"],
    ["sc - bigman07", "bigman07"],
    ["mój snap to kuba_99", "kuba_99"],
    ["his username is darkwolf666", "darkwolf666"],
    ["my gamer tag is DarkWolf_99", "DarkWolf_99"],
    ["my roblox username is builderman22", "builderman22"],
    ["add me on tiktok its jo_b", "jo_b"],
    ["his snapchat name was jjbaby", "jjbaby"],
    ["insta @kacper.nowak", "@kacper.nowak"],
    ["my insta is @jo", "@jo"],
    ["আমার ইনস্টা jo_b2012", "jo_b2012"],
    ["add me jo_b2011 on snap", "jo_b2011"],
    ["it was xx_lil_xx who sent it.", "xx_lil_xx"],
    ["they add me on snap as trapboi.k", "trapboi.k"],
    ["snapul meu e vlad.ro04, scrieți-mi", "vlad.ro04"],
    ["instagramul ei: ana_2010", "ana_2010"],
  ])("finds the handle in %j", (text, handle) => {
    expect(found(text)).toEqual([handle]);
  });

  it.each([
    "my insta is private",
    "my snap got hacked",
    "add me on snap and we can talk",
    "I heard a snap and ran",
    "he sent me a snap of his",
    "I was @ home",
    "see you @school",
    "snapchat me later",
    "ig its fine",
    "email jo@example.com",
    "3_4 and _ alone",
  ])("finds no handle in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
