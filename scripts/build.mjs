// Builds what `npm start` and the Workers assets need:
//   dist/public/assets/*   browser assets (CSS, island scripts), served by both runtimes
//   dist/server/cli.js     the Node entry and `heard` CLI, one ESM bundle (npm packages stay external)
//   dist/bench/index.js    the benchmark runner
// `--client` builds only the browser assets (wrangler bundles the Worker itself).

import { existsSync } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { build } from "esbuild";

const clientOnly = process.argv.includes("--client");
const root = new URL("..", import.meta.url);
const at = (path) => new URL(path, root).pathname;

await rm(at("dist/public"), { recursive: true, force: true });
await mkdir(at("dist/public/assets"), { recursive: true });
await cp(at("client/styles/heard.css"), at("dist/public/assets/heard.css"));
await cp(at("client/styles/workspace.css"), at("dist/public/assets/workspace.css"));
// Workers assets are served before the Worker runs, so their headers come from this file (the Node
// server adds the same ones in server/node.ts).
await writeFile(
  at("dist/public/_headers"),
  "/assets/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n",
);

const islands = at("client/islands.ts");
if (existsSync(islands)) {
  await build({
    // heard.js: the public pages' islands; workspace.js: officers' pages only (children never load it).
    entryPoints: { heard: islands, workspace: at("client/workspace.ts") },
    outdir: at("dist/public/assets"),
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
  });
}

if (!clientOnly) {
  const entryPoints = { "server/cli": at("server/cli.ts") };
  if (existsSync(at("bench/index.ts"))) {
    entryPoints["bench/index"] = at("bench/index.ts");
    entryPoints["bench/load-child"] = at("bench/load-child.ts"); // one process per load run
  }
  await build({
    entryPoints,
    outdir: at("dist"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    packages: "external",
    jsx: "automatic",
    jsxImportSource: "preact",
    sourcemap: "linked",
    logLevel: "warning",
  });
}
