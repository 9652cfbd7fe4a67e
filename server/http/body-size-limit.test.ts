import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../tests/support/test-app";

const url = "/api/surveys/quick-feedback/responses";

/** A body that counts how much of it the server read. */
function watchedBody(text: string) {
  const bytes = new TextEncoder().encode(text);
  const read = { bytes: 0 };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        const chunk = bytes.subarray(offset, offset + 16 * 1024);
        offset += chunk.length;
        read.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    // Nothing is pulled before the server asks for it.
    { highWaterMark: 0 },
  );
  return { stream, read, length: bytes.length };
}

describe("request body size limit", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (body: ReturnType<typeof watchedBody>, headers: Record<string, string> = {}) =>
    t.app.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: body.stream,
      duplex: "half",
    } as RequestInit);

  it("refuses a body that declares more than 64 KB before reading any of it", async () => {
    const body = watchedBody(JSON.stringify({ answers: { "one-thing": "x".repeat(100_000) } }));
    const before = (await t.sqlite.db.query.responses.findMany()).length;
    const res = await send(body, { "content-length": String(body.length) });
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
      413,
      "too_large",
    ]);
    expect(body.read.bytes).toBe(0);
    expect((await t.sqlite.db.query.responses.findMany()).length).toBe(before);
  });

  it("counts a body without a declared length as it streams, and stops reading past 64 KB", async () => {
    const body = watchedBody(JSON.stringify({ answers: { "one-thing": "x".repeat(300_000) } }));
    const res = await send(body);
    expect(res.status).toBe(413);
    expect(body.read.bytes).toBeGreaterThan(64 * 1024);
    expect(body.read.bytes).toBeLessThan(body.length);
  });

  it("takes a body under the limit whether or not it declares its length", async () => {
    const text = JSON.stringify({ answers: { "one-thing": "Keep the pizza" } });
    const declared = watchedBody(text);
    expect((await send(declared, { "content-length": String(declared.length) })).status).toBe(201);
    expect((await send(watchedBody(text))).status).toBe(201);
  });
});
