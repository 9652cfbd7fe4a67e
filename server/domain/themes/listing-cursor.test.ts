import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./listing-cursor";

describe("listing cursors", () => {
  it("round-trips a page position through a URL-safe token", () => {
    const cursor = {
      day: "2026-07-01",
      responseId: "0b5c1a2e-9d7f-4c1e-8a55-3f2b9e4d6c10",
      questionId: "anything-else",
    };
    const token = encodeCursor(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(cursor);
  });

  it("refuses tokens it did not make", () => {
    for (const token of [
      "",
      "%%%",
      "bm90IGEgY3Vyc29y",
      encodeCursor({ day: "yesterday", responseId: "a", questionId: "b" }),
    ]) {
      expect(decodeCursor(token), token).toBeUndefined();
    }
  });
});
