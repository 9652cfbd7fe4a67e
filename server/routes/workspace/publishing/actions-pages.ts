import type { Context } from "hono";
import {
  actionNotes,
  addActionNote,
  createAction,
  findAction,
  knownThemeIds,
  listActions,
  updateAction,
} from "../../../db/queries/actions";
import { listThemes } from "../../../db/queries/themes";
import { ragStatus } from "../../../domain/actions/rag-status";
import { can } from "../../../domain/auth/roles";
import { actionNoteSchema, newActionSchema } from "../../../domain/publications/action-input";
import type { AppEnv } from "../../../http/app-env";
import { createRouter } from "../../../http/create-router";
import { requirePermission, staffOf } from "../../../http/require-staff";
import type { FieldError } from "../../../views/components/error-summary";
import { renderPage } from "../../../views/render-page";
import { type ActionFormValues, EMPTY_ACTION } from "../../../views/workspace/publishing/action-form";
import { ActionsPage, EditActionPage, NewActionPage } from "../../../views/workspace/publishing/actions-page";
import { actionFieldErrors, actionInputOf, actionValuesFrom, actionValuesOf } from "./action-form-values";
import { actorOf } from "./schemas";

const NOTICES = {
  added: "ws.publishing.actions.added",
  saved: "ws.publishing.actions.saved",
  noted: "ws.publishing.actions.notes.added",
} as const;
const noticeOf = (c: Context<AppEnv>) => {
  const key = NOTICES[c.req.query("done") as keyof typeof NOTICES];
  return key ? c.var.t(key) : undefined;
};

/** Parses the posted form: the input to store, or the errors to show beside the fields. */
async function readForm(c: Context<AppEnv>): Promise<{
  values: ActionFormValues;
  errors: FieldError[];
  input?: ReturnType<typeof newActionSchema.parse>;
}> {
  const values = actionValuesOf(await c.req.parseBody({ all: true }));
  const parsed = newActionSchema.safeParse(actionInputOf(values));
  if (!parsed.success) return { values, errors: actionFieldErrors(c.var.t, values, parsed.error.issues) };
  const known = await knownThemeIds(c.var.db, parsed.data.themes);
  if (parsed.data.themes.some((id) => !known.has(id))) {
    return { values, errors: [{ href: "#themes", message: c.var.t("ws.publishing.actions.errors.themes") }] };
  }
  return { values, errors: [], input: { ...parsed.data, themes: [...new Set(parsed.data.themes)] } };
}

async function editPage(
  c: Context<AppEnv>,
  id: string,
  form: { values?: ActionFormValues; errors?: FieldError[]; note?: string; noteError?: string },
) {
  const action = await findAction(c.var.db, id);
  if (!action) return c.notFound();
  const [notes, themes] = await Promise.all([actionNotes(c.var.db, id), listThemes(c.var.db)]);
  const failed = Boolean(form.errors?.length || form.noteError);
  return renderPage(
    c,
    EditActionPage({
      ...c.var.page,
      staff: staffOf(c),
      id,
      values: form.values ?? actionValuesFrom(action),
      errors: form.errors ?? [],
      themes,
      notes,
      noteValue: form.note ?? "",
      noteError: form.noteError,
      notice: noticeOf(c),
    }),
    failed ? 400 : 200,
  );
}

/** The actions pages: list with RAG, add, change, progress notes. Plain forms, post then redirect. */
export const actionsPageRoutes = createRouter()
  .get("/workspace/actions", requirePermission("actions:read"), async (c) => {
    const today = new Date().toISOString().slice(0, 10);
    const actions = (await listActions(c.var.db)).map((a) => ({ ...a, rag: ragStatus(a, today) }));
    const canWrite = can(staffOf(c).role, "actions:write");
    return renderPage(
      c,
      ActionsPage({ ...c.var.page, staff: staffOf(c), actions, canWrite, notice: noticeOf(c) }),
    );
  })
  .get("/workspace/actions/new", requirePermission("actions:write"), async (c) =>
    renderPage(
      c,
      NewActionPage({
        ...c.var.page,
        staff: staffOf(c),
        values: EMPTY_ACTION,
        errors: [],
        themes: await listThemes(c.var.db),
      }),
    ),
  )
  .post("/workspace/actions", requirePermission("actions:write"), async (c) => {
    const { values, errors, input } = await readForm(c);
    if (!input) {
      const themes = await listThemes(c.var.db);
      return renderPage(c, NewActionPage({ ...c.var.page, staff: staffOf(c), values, errors, themes }), 400);
    }
    const action = await createAction(c.var.db, input, actorOf(c));
    return c.redirect(`/workspace/actions?done=added#action-${action.id}`, 303);
  })
  .get("/workspace/actions/:id", requirePermission("actions:write"), (c) =>
    editPage(c, c.req.param("id"), {}),
  )
  .post("/workspace/actions/:id", requirePermission("actions:write"), async (c) => {
    const id = c.req.param("id");
    if (!(await findAction(c.var.db, id))) return c.notFound();
    const { values, errors, input } = await readForm(c);
    if (!input) return editPage(c, id, { values, errors });
    await updateAction(c.var.db, id, input, actorOf(c));
    return c.redirect(`/workspace/actions/${id}?done=saved`, 303);
  })
  .post("/workspace/actions/:id/updates", requirePermission("actions:write"), async (c) => {
    const id = c.req.param("id");
    if (!(await findAction(c.var.db, id))) return c.notFound();
    const note = String((await c.req.parseBody()).note ?? "");
    const parsed = actionNoteSchema.safeParse({ note });
    if (!parsed.success)
      return editPage(c, id, { note, noteError: c.var.t("ws.publishing.actions.notes.error") });
    await addActionNote(c.var.db, id, parsed.data.note, actorOf(c));
    return c.redirect(`/workspace/actions/${id}?done=noted#notes`, 303);
  });
