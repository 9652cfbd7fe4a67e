import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { z } from "zod";
import { analyseText } from "../domain/analysis/analyse-text";

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string().max(100_000, "text must be 100,000 characters or fewer"),
  locale: z.enum(["en", "pl", "lt", "lv", "ro", "bn"]).optional(),
});

/**
 * `heard analyse`: JSON lines `{ id, text, locale? }` on stdin, JSON lines `{ id, redacted, pii,
 * safeguarding, harms }` on stdout (paper responses typed in after events; evaluation). A bad line
 * is reported on stderr with its number and skipped; the exit code is 1 if any line was bad.
 */
export async function analyseCommand(
  args: string[],
  input: Readable = process.stdin,
  out: Writable = process.stdout,
  err: Writable = process.stderr,
): Promise<number> {
  const gazetteer = args.includes("--schools") ? (args[args.indexOf("--schools") + 1] ?? "").split(",") : [];
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      bad += 1;
      err.write(
        `line ${lineNumber}: not valid JSON; each line must be {"id": ..., "text": "...", "locale"?: "en"}\n`,
      );
      continue;
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      bad += 1;
      const issues = parsed.error.issues
        .map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`)
        .join("; ");
      err.write(`line ${lineNumber}: ${issues}\n`);
      continue;
    }
    const { id, text, locale } = parsed.data;
    const analysis = analyseText(text, {
      locale,
      schoolGazetteer: gazetteer.map((s) => s.trim()).filter(Boolean),
    });
    out.write(`${JSON.stringify({ id, ...analysis })}\n`);
  }
  return bad > 0 ? 1 : 0;
}
