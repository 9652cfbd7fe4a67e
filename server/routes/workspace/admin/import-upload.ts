import type { Context, MiddlewareHandler } from "hono";
import { MAX_IMPORT_BYTES } from "../../../domain/paper-import/import-limits";
import type { AppEnv } from "../../../http/app-env";
import { limitBodySize } from "../../../http/body-size-limit";
import { Problem } from "../../../http/problem";

/**
 * Paper-form uploads are the one request bigger than the app's 64 KB limit, so `app.ts` leaves
 * these paths to `importBodyLimit` instead.
 */
export const isPaperImportPath = (path: string) => /^\/(api\/)?workspace\/surveys\/[^/]+\/import$/.test(path);

/** Room for the multipart wrapping around a file of the largest size accepted. */
const MULTIPART_ROOM = 16 * 1024;

/** The 413 message, in the officer's language. */
export const tooLargeMessage = (c: Context<AppEnv>) =>
  c.var.t("ws.admin.import.file.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });

/** Refuses bodies over the file limit before reading them: `onTooLarge` answers (a page, say). */
export function limitImportBody(
  onTooLarge: (c: Context<AppEnv>) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  return limitBodySize(MAX_IMPORT_BYTES + MULTIPART_ROOM, (c) => onTooLarge(c as Context<AppEnv>));
}

/** The API's limit: 413 with our error shape. */
export const importBodyLimit = limitImportBody((c) => {
  throw new Problem(413, "too_large", tooLargeMessage(c));
});

/** The uploaded file's bytes and whether only a check was asked for. */
export type Upload = { bytes: Uint8Array | undefined; dryRun: boolean };

const yes = (value: unknown) => value === "true" || value === "1" || value === "on";

/**
 * Reads a CSV upload: a multipart form (field `file`, optional `dryRun`) from the page or a script,
 * or a raw `text/csv` body from the API. `?dryRun=true` also asks for a check only.
 */
export async function readUpload(c: Context<AppEnv>): Promise<Upload> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  const queryDryRun = yes(c.req.query("dryRun"));
  if (type.startsWith("multipart/form-data")) {
    const form = await c.req.parseBody();
    const file = form.file;
    const bytes =
      file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : undefined;
    return { bytes, dryRun: queryDryRun || yes(form.dryRun) };
  }
  if (/^(text\/csv|application\/csv|text\/plain)\b/.test(type)) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return { bytes: bytes.byteLength > 0 ? bytes : undefined, dryRun: queryDryRun };
  }
  throw new Problem(
    415,
    "unsupported_media_type",
    "Send the file as text/csv, or as multipart/form-data in a field named file.",
  );
}
