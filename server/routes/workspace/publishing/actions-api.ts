import { createRoute, z } from "@hono/zod-openapi";
import {
  addActionNote,
  createAction,
  findAction,
  listActions,
  updateAction,
} from "../../../db/queries/actions";
import { ragStatus } from "../../../domain/actions/rag-status";
import {
  actionChangeSchema,
  actionNoteSchema,
  newActionSchema,
} from "../../../domain/publications/action-input";
import { createRouter } from "../../../http/create-router";
import { Problem } from "../../../http/problem";
import { requirePermission } from "../../../http/require-staff";
import { checkThemes } from "./action-themes";
import {
  actionNoteSchemaOut,
  actionSchema,
  actorOf,
  json,
  listedActionSchema,
  pathParam,
  problem,
  signedInProblems,
} from "./schemas";

const tags = ["Officers: actions"];
const params = z.object({ id: pathParam("id") });
const today = () => new Date().toISOString().slice(0, 10);

const listRoute = createRoute({
  method: "get",
  path: "/api/actions",
  tags,
  summary: 'Every "we did" action, newest first, with its RAG status',
  middleware: [requirePermission("actions:read")] as const,
  responses: {
    200: { description: "Actions", ...json(z.object({ actions: z.array(listedActionSchema) })) },
    ...signedInProblems,
  },
});

const createRouteDef = createRoute({
  method: "post",
  path: "/api/actions",
  tags,
  summary: "Add an action (audited as action.created). The owning team must be a team, never a person",
  middleware: [requirePermission("actions:write")] as const,
  request: { body: { required: true, ...json(newActionSchema.openapi("NewAction")) } },
  responses: {
    201: { description: "Added", ...json(actionSchema) },
    400: problem(
      "A field is missing or not valid, a theme is not in the codebook, or the team looks like a person",
    ),
    ...signedInProblems,
  },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/actions/{id}",
  tags,
  summary: "Change an action (audited as action.updated)",
  middleware: [requirePermission("actions:write")] as const,
  request: { params, body: { required: true, ...json(actionChangeSchema.openapi("ActionChange")) } },
  responses: {
    200: { description: "Changed", ...json(actionSchema) },
    400: problem("A field is not valid"),
    404: problem("No such action"),
    ...signedInProblems,
  },
});

const noteRoute = createRoute({
  method: "post",
  path: "/api/actions/{id}/updates",
  tags,
  summary: "Add a dated progress note to an action (audited as action.updated)",
  middleware: [requirePermission("actions:write")] as const,
  request: { params, body: { required: true, ...json(actionNoteSchema.openapi("NewActionNote")) } },
  responses: {
    201: { description: "Added", ...json(actionNoteSchemaOut) },
    400: problem("The note is empty or too long"),
    404: problem("No such action"),
    ...signedInProblems,
  },
});

const noSuchAction = (id: string) => new Problem(404, "not_found", `No action has the id "${id}".`);

/** Actions as JSON: list with RAG, add, change, and progress notes. */
export const actionsApiRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const day = today();
    const actions = await listActions(c.var.db);
    return c.json({ actions: actions.map((a) => ({ ...a, rag: ragStatus(a, day) })) }, 200);
  })
  .openapi(createRouteDef, async (c) => {
    const input = c.req.valid("json");
    const themes = (await checkThemes(c.var.db, input.themes)) ?? [];
    return c.json(await createAction(c.var.db, { ...input, themes }, actorOf(c)), 201);
  })
  .openapi(patchRoute, async (c) => {
    const { id } = c.req.valid("param");
    const change = c.req.valid("json");
    const before = await findAction(c.var.db, id);
    if (!before) throw noSuchAction(id);
    const startOn = change.startOn === undefined ? before.startOn : change.startOn;
    const dueOn = change.dueOn === undefined ? before.dueOn : change.dueOn;
    if (startOn && dueOn && startOn > dueOn) {
      throw new Problem(400, "invalid_request", "The due date must be on or after the start date.", [
        { path: "dueOn", message: "The due date must be on or after the start date." },
      ]);
    }
    const themes = await checkThemes(c.var.db, change.themes);
    const action = await updateAction(c.var.db, id, { ...change, ...(themes ? { themes } : {}) }, actorOf(c));
    if (!action) throw noSuchAction(id);
    return c.json(action, 200);
  })
  .openapi(noteRoute, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await findAction(c.var.db, id))) throw noSuchAction(id);
    const note = await addActionNote(c.var.db, id, c.req.valid("json").note, actorOf(c));
    return c.json(note, 201);
  });
