import { z } from "@hono/zod-openapi";

// The JSON the API returns (BoardReport in server/domain/reports/board-report-types.ts), described for
// the OpenAPI document. Counts are published cells: a number, or a marker where suppression hid it.

const count = z
  .union([
    z.object({ kind: z.literal("count"), value: z.number().int() }),
    z.object({ kind: z.literal("suppressed"), display: z.string() }),
  ])
  .openapi("PublishedCount");
const change = z.union([
  z.object({ kind: z.literal("change"), value: z.number().int(), percent: z.number().int().nullable() }),
  z.object({ kind: z.literal("withheld") }),
]);
const compared = { current: count, previous: count, change };
const period = z.object({ id: z.string(), from: z.string(), to: z.string() });
const rag = z.enum(["red", "amber", "green", "done"]);
const themeRow = z.object({
  themeId: z.string(),
  label: z.string(),
  outcomes: z.array(z.string()),
  ...compared,
});
const action = z.object({
  id: z.string(),
  title: z.string(),
  agency: z.string(),
  owningTeam: z.string(),
  status: z.enum(["planned", "in-progress", "done"]),
  dueOn: z.string().nullable(),
  rag,
  outcomes: z.array(z.string()),
});

/** The board report as JSON. */
export const boardReportSchema = z
  .object({
    kind: z.literal("board-report"),
    period,
    previous: period,
    k: z
      .number()
      .int()
      .openapi({ description: "Suppression threshold: counts from 1 to k-1 are never shown" }),
    asOf: z.string(),
    voices: z.object({
      rows: z.array(z.object({ audience: z.string(), ...compared })),
      total: z.object(compared),
    }),
    topThemes: z.array(themeRow),
    aims: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        outcomes: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            themes: z.array(themeRow),
            actions: z.array(action),
            rag: z.record(rag, z.number().int()),
          }),
        ),
      }),
    ),
    exceptions: z.array(z.object({ kind: z.string() }).passthrough()),
  })
  .openapi("BoardReport");
