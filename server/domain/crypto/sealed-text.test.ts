import { describe, expect, it } from "vitest";
import { importSealingKey, newSealingKey, seal, unseal } from "./sealed-text";

describe("sealed text (AES-GCM through WebCrypto)", () => {
  it("round-trips text, including emoji and Bangla", async () => {
    const key = await importSealingKey(newSealingKey());
    for (const text of ["he hits me", "😢 nie chcę wracać do domu", "আমাকে মারে", ""]) {
      const sealed = await seal(key, text);
      expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
      expect(sealed).not.toContain(text || "\u0000");
      expect(await unseal(key, sealed)).toBe(text);
    }
  });

  it("uses a fresh IV each time, so the same text never seals the same twice", async () => {
    const key = await importSealingKey(newSealingKey());
    expect(await seal(key, "same")).not.toBe(await seal(key, "same"));
  });

  it("refuses to open with another key or after tampering", async () => {
    const key = await importSealingKey(newSealingKey());
    const other = await importSealingKey(newSealingKey());
    const sealed = await seal(key, "secret");
    await expect(unseal(other, sealed)).rejects.toThrow();
    // The ciphertext's first character: all six of its bits are data. (Changing the last characters
    // could touch only base64's padding bits and decode to the very same bytes: 12 runs in 3,000.)
    const [version, iv, body = ""] = sealed.split(".");
    const tampered = [version, iv, `${body.startsWith("A") ? "B" : "A"}${body.slice(1)}`].join(".");
    expect(tampered).not.toBe(sealed);
    await expect(unseal(key, tampered)).rejects.toThrow();
  });

  it("explains a key of the wrong length", async () => {
    await expect(importSealingKey(btoa("too short"))).rejects.toThrow(/32 bytes/);
  });
});
