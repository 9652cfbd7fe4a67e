import { z } from "@hono/zod-openapi";
import { parsePeriod } from "../../../domain/periods/period";

/** The formats the report API answers in. */
export const REPORT_FORMATS = ["json", "csv", "docx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `?period=2026-Q4` (or `from..to`; the current quarter when absent) and `?format=`. */
export const boardReportQuery = z.object({
  period: z
    .string()
    .max(40)
    .optional()
    .refine((text) => text === undefined || text.trim() === "" || parsePeriod(text) !== undefined, {
      message: "Use a quarter such as 2026-Q4, or two dates such as 2026-10-01..2026-12-31",
    })
    .openapi({
      example: "2026-Q4",
      description: "A quarter (2026-Q4) or a range of days (2026-10-01..2026-12-31)",
    }),
  format: z.enum(REPORT_FORMATS).default("json").openapi({ description: "json (default), csv or docx" }),
});
