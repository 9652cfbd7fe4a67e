import { describe, expect, it } from "vitest";
import { redact } from "./redact";

const GAZETTEER = ["Frederick Gough", "Baysgarth", "Brumby"];

describe("redact", () => {
  it("replaces each kind of personal information with its typed placeholder", () => {
    const text =
      "my name is jake, ring 07700 900123 or email jake99@example.com, I live at 12 Ashby Road DN15 6XX, " +
      "I go to Frederick Gough School, my snap is jj_123 and my page is www.example.co.uk";
    expect(redact(text).redacted).toBe(
      "my name is [name], ring [phone] or email [email], I live at [address] [postcode], " +
        "I go to [school], my snap is [handle] and my page is [url]",
    );
  });

  it("gives offsets into the original text, sorted, for exactly what was replaced", () => {
    const text = "Tyler said ring 07123 456789 or go to Brumby Junior School";
    const { pii } = redact(text);
    expect(pii.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ["name", "Tyler"],
      ["phone", "07123 456789"],
      ["school", "Brumby Junior School"],
    ]);
  });

  it("returns text with nothing personal in it unchanged", () => {
    const text = "Scunthorpe town centre is scary at night and the park has no lights. Will you help?";
    expect(redact(text)).toEqual({ redacted: text, pii: [] });
  });

  it("handles empty text", () => {
    expect(redact("")).toEqual({ redacted: "", pii: [] });
  });

  it("finds gazetteer schools whatever their case, and only when given the gazetteer", () => {
    expect(redact("i go to baysgarth", { schoolGazetteer: GAZETTEER }).redacted).toBe("i go to [school]");
    expect(redact("i go to baysgarth").redacted).toBe("i go to baysgarth");
  });

  it("keeps the longer, more specific span when detectors overlap", () => {
    expect(redact("email jo_b@gmail.com").redacted).toBe("email [email]");
    expect(redact("he sent me tiktok.com/@jo_b").redacted).toBe("he sent me [url]");
    expect(redact("we live at 27 Mary Street").redacted).toBe("we live at [address]");
    expect(redact("John Leggott College").redacted).toBe("[school]");
    expect(redact("follow @tyler").redacted).toBe("follow [handle]");
  });

  it("keeps titles, possessives and towns so the text still reads", () => {
    expect(redact("Mrs Khan told Tyler's mum").redacted).toBe("Mrs [name] told [name]'s mum");
    expect(redact("my address is 22 Sheffield Street, Scunthorpe").redacted).toBe(
      "my address is [address], Scunthorpe",
    );
  });

  it("leaves famous people a child quotes", () => {
    expect(redact("Andrew Tate says girls are property").pii).toEqual([]);
  });

  it("finds names written with decomposed accents", () => {
    const text = "Ugne\u0307 helped me";
    expect(redact(text).redacted).toBe("[name] helped me");
  });
});

describe("redact in the area's other languages", () => {
  it.each([
    ["mam na imię Kacper, mój numer to 07700 900123", "mam na imię [name], mój numer to [phone]"],
    ["Byłem z Kacprem w parku przy 12 Ashby Road", "Byłem z [name] w parku przy [address]"],
    ["mano vardas Ugnė, mano snap: ugne_2012", "mano vardas [name], mano snap: [handle]"],
    ["mani sauc Emīls, e-pasts emils@inbox.lv", "mani sauc [name], e-pasts [email]"],
    [
      "mă numesc Ștefan și locuiesc pe Oswald Road, DN15 7QT",
      "mă numesc [name] și locuiesc pe [address], [postcode]",
    ],
    ["আমার নাম রহিম, আমার নম্বর 07700 900123", "আমার নাম [name], আমার নম্বর [phone]"],
    ["আমার বন্ধু Tahmina www.example.com দেখেছে", "আমার বন্ধু [name] [url] দেখেছে"],
  ])("redacts %j", (text, redacted) => {
    expect(redact(text).redacted).toBe(redacted);
  });
});
