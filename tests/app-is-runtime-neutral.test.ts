import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("server/app.ts", () => {
  it("pulls in no runtime-specific module (node:*, sqlite3, @hono/node-server, cloudflare:*)", async () => {
    const result = await build({
      entryPoints: ["server/app.ts"],
      bundle: true,
      write: false,
      metafile: true,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      jsx: "automatic",
      jsxImportSource: "preact",
      logLevel: "silent",
      // Mark everything external we would object to, so the metafile records who imports it. A .wasm
      // module (argon2id) is loaded by each runtime itself: wrangler bundles it, Node reads the file.
      external: [
        "node:*",
        "sqlite3",
        "@hono/node-server",
        "cloudflare:*",
        "fs",
        "path",
        "os",
        "crypto",
        "*.wasm",
      ],
    });
    const imported = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((i) => i.path),
    );
    const runtimeSpecific = imported.filter((path) =>
      /^(node:|cloudflare:|sqlite3$|@hono\/node-server|fs$|path$|os$|crypto$)/.test(path),
    );
    expect(runtimeSpecific).toEqual([]);
  });
});
