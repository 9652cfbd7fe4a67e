import { createRoute, z } from "@hono/zod-openapi";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "../../../domain/paper-import/import-limits";
import { isSizeProblem } from "../../../domain/paper-import/import-problems";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission, staffOf } from "../../../http/require-staff";
import { locales } from "../../../i18n/i18n";
import { importPaperResponses } from "../../../services/import-paper";
import { guarded, json, problem } from "./api-support";
import { cellName, fileProblemMessage, rowProblemMessage } from "./import-messages";
import { importBodyLimit, readUpload } from "./import-upload";
import { bundledOr404, surveyIdParam, surveyTags } from "./surveys-api";

const reportSchema = z
  .object({
    surveyId: z.string(),
    dryRun: z.boolean().openapi({ description: "True when the file was only checked: nothing was stored" }),
    rows: z.number().int().openapi({ description: "Rows with anything in them, after the header" }),
    accepted: z
      .array(z.number().int())
      .openapi({ description: "Row numbers stored (or, in a check, that would be)" }),
    rejected: z.array(
      z.object({
        row: z
          .number()
          .int()
          .openapi({ description: "The row number a spreadsheet shows; the header is row 1" }),
        problems: z.array(
          z.object({
            column: z.string(),
            position: z.number().int(),
            code: z.string(),
            message: z.string(),
            where: z.string(),
          }),
        ),
      }),
    ),
    flagged: z
      .number()
      .int()
      .openapi({ description: "Stored rows sent to the safeguarding queue as possible disclosures" }),
  })
  .openapi("PaperImportReport");

const importRoute = createRoute({
  method: "post",
  path: "/api/workspace/surveys/{id}/import",
  tags: surveyTags,
  middleware: [requirePermission("surveys:manage"), importBodyLimit],
  summary:
    "Import paper forms from CSV (header row of question ids, optional locale and submitted_on; several choices separated by ;). " +
    "Each row is validated, redacted and checked for disclosures like an online answer, and stored whole or not at all. " +
    "?dryRun=true checks without storing. Audited as survey.paper-imported.",
  request: {
    params: surveyIdParam,
    query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
    body: {
      required: true,
      content: {
        "text/csv": { schema: z.string().openapi({ description: "The CSV file itself (UTF-8)" }) },
        // A plain schema object, not zod: the handler reads the file itself (zod cannot check a File).
        "multipart/form-data": {
          schema: {
            type: "object",
            properties: {
              file: { type: "string", format: "binary" },
              dryRun: { type: "string", enum: ["true", "false"] },
            },
            required: ["file"],
          },
        },
      },
    },
  },
  responses: {
    200: { description: "The row-by-row report (rows with problems were not stored)", ...json(reportSchema) },
    400: problem(
      "The file as a whole could not be used (encoding, quotes, unknown or repeated column); nothing was stored",
    ),
    404: problem("No such survey"),
    413: problem(`Over ${MAX_IMPORT_BYTES / 1024 / 1024} MB or ${MAX_IMPORT_ROWS} rows`),
    415: problem("Not text/csv or multipart/form-data"),
    ...guarded("an admin or engagement officer"),
  },
});

/** The paper-import API, sharing the service (and its checks) with the upload page. */
export const importApi = createRouter().openapi(importRoute, async (c) => {
  const survey = bundledOr404(c.req.valid("param").id);
  const upload = await readUpload(c);
  const { t } = c.var;
  if (!upload.bytes) throw new Problem(400, "invalid_file", t("ws.admin.import.noFile"));
  const staff = staffOf(c);
  const outcome = await importPaperResponses(c.var.db, c.var.config, {
    survey,
    bytes: upload.bytes,
    dryRun: upload.dryRun,
    locales,
    actor: { actorId: staff.userId, actorEmail: staff.email },
  });
  if (!outcome.ok) {
    const message = fileProblemMessage(t, outcome.problem);
    throw new Problem(
      isSizeProblem(outcome.problem) ? 413 : 400,
      isSizeProblem(outcome.problem) ? "too_large" : "invalid_file",
      message,
    );
  }
  const rejected = outcome.report.rejected.map((r) => ({
    row: r.row,
    problems: r.problems.map((p) => ({
      column: p.column,
      position: p.position,
      code: p.code,
      message: rowProblemMessage(t, p),
      where: cellName(t, p),
    })),
  }));
  return c.json({ ...outcome.report, rejected }, 200);
});
