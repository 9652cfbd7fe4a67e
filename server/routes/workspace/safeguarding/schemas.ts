import { z } from "@hono/zod-openapi";
import { CONTACT_STATUSES, ITEM_STATUSES } from "../../../domain/safeguarding/queue-status";

/** Longest note the lead can add (characters). */
export const MAX_NOTE = 4000;

/** Queue pages hold this many rows. */
export const PAGE_SIZE = 50;

export const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "3f1c0e2a-5b7d-4c1e-9a2b-8d6f0e4c1a7b" }),
});

/** `open` (new and in review) unless asked otherwise. */
export const itemListQuery = z.object({
  status: z.enum(["open", "all", ...ITEM_STATUSES]).default("open"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** Waiting (`new`) unless asked otherwise. */
export const contactListQuery = z.object({
  status: z.enum(["all", ...CONTACT_STATUSES]).default("new"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const itemStatusBody = z.object({ status: z.enum(ITEM_STATUSES) }).openapi("ItemStatusChange");
export const contactStatusBody = z
  .object({ status: z.enum(CONTACT_STATUSES) })
  .openapi("ContactStatusChange");
export const noteBody = z
  .object({
    note: z.string().trim().min(1, "Write a note.").max(MAX_NOTE, `At most ${MAX_NOTE} characters.`),
  })
  .openapi("NewSafeguardingNote");

const day = z.string().openapi({ example: "2026-03-02" });

export const itemSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(ITEM_STATUSES),
    categories: z.array(z.string()),
    surveyId: z.string(),
    surveyTitle: z.string(),
    questionId: z.string(),
    questionTitle: z.string(),
    raisedOn: day,
    dueOn: day.openapi({ description: "End of the next working day (Mon–Fri; bank holidays not known)" }),
    overdue: z.boolean(),
    closedOn: day.nullable(),
  })
  .openapi("SafeguardingItem");

export const noteSchema = z
  .object({ id: z.string(), author: z.string().nullable(), writtenAt: z.string(), note: z.string() })
  .openapi("SafeguardingNote");

export const openedItemSchema = itemSummarySchema
  .extend({
    text: z.string().openapi({ description: "The original words, decrypted; this read is audited" }),
    responseId: z.string(),
    audience: z.string().nullable(),
    redactedAnswer: z.union([z.string(), z.array(z.string())]).nullable(),
    notes: z.array(noteSchema),
  })
  .openapi("OpenedSafeguardingItem");

export const contactSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(CONTACT_STATUSES),
    requestedOn: day,
    dueOn: day,
    overdue: z.boolean(),
    actionedOn: day.nullable(),
    linked: z.boolean().openapi({ description: "Whether the person linked this request to their answers" }),
  })
  .openapi("ContactRequest");

export const contactDetailsSchema = z.object({
  how: z.string(),
  when: z.string().default(""),
  message: z.string().default(""),
});

export const openedContactSchema = contactSummarySchema
  .extend({
    details: contactDetailsSchema,
    linkedResponseId: z.string().nullable(),
    linkedItems: z.array(itemSummarySchema),
    notes: z.array(noteSchema),
  })
  .openapi("OpenedContactRequest");

export type ItemSummary = z.infer<typeof itemSummarySchema>;
export type OpenedItem = z.infer<typeof openedItemSchema>;
export type ContactSummaryView = z.infer<typeof contactSummarySchema>;
export type OpenedContact = z.infer<typeof openedContactSchema>;
export type NoteView = z.infer<typeof noteSchema>;
